// CadencePod waistband clip case — parametric OpenSCAD model (board rev1, wearable build).
// Render (hardware/README.md): ./render.sh   → cadencepod-case.stl, cadencepod-lid.stl, preview.png
// All sizes in mm. Change the part sizes below for another board or cell; the case grows around them.

part = "assembly";          // "case", "lid" or "assembly" (preview)

// ---- what goes inside (wearable build, hardware/bom.csv) ----
board   = [58, 26, 9];      // LOLIN D32-class ESP32 board incl. components (L, W, H)
imu     = [21, 16, 3];      // GY-521 breakout, laid flat beside the board's USB end
cell    = [35, 30, 5.5];    // 503035 LiPo (500 mAh), under the board
piezo_d = 12.5;             // 12 mm piezo disc
piezo_h = 7;

// ---- case ----
wall    = 2.0;
gap     = 0.6;              // clearance around the parts
corner  = 4;
lid_t   = 2.0;
seal    = false;            // false: drain holes at the bottom (sweat runs out; parts conformal-coated)
                            // true: a 1 mm groove for a nitrile cord gasket and no drain holes

// ---- buttons: two on the front face, told apart by touch ----
btn_d      = 7.5;           // hole for a 6 mm tactile switch with a tall actuator
btn_pitch  = 22;
ridge      = true;          // a raised ring round the Up button (the one that starts pacing)

// ---- belt clip (on the back) ----
clip_w     = 24;
clip_len   = 38;
clip_t     = 2.6;           // PETG: springy at this thickness
clip_gap   = 4.0;           // running waistband thickness it grips
clip_barb  = 1.2;           // retaining bump at the clip's open end

inner = [max(board[0], cell[0] + imu[0] + 2) + 2 * gap,
         max(board[1], cell[1], imu[1]) + 2 * gap,
         board[2] + cell[2] + 2 * gap];
outer = [inner[0] + 2 * wall, inner[1] + 2 * wall, inner[2] + wall];

module rounded_box(size, r) {
    hull() for (x = [r, size[0] - r], y = [r, size[1] - r])
        translate([x, y, 0]) cylinder(r = r, h = size[2], $fn = 32);
}

module shell() {
    difference() {
        rounded_box(outer, corner);
        translate([wall, wall, wall]) rounded_box([inner[0], inner[1], inner[2] + 1], corner - wall);
        // Piezo port on the top edge (+X end), facing up toward the ear when worn.
        translate([outer[0] - wall - 1, outer[1] / 2, wall + inner[2] / 2])
            rotate([0, 90, 0]) cylinder(d = piezo_d * 0.6, h = wall + 2, $fn = 40);
        // Buttons on the front face (−Y side).
        for (i = [0, 1]) translate([outer[0] / 2 + (i - 0.5) * btn_pitch, -1, wall + inner[2] / 2])
            rotate([-90, 0, 0]) cylinder(d = btn_d, h = wall + 2, $fn = 32);
        // USB-C for charging on the bottom edge (−X end).
        translate([-1, outer[1] / 2 - 5, wall + cell[2] + gap]) cube([wall + 2, 10, 4.5]);
        if (!seal) for (y = [outer[1] * 0.3, outer[1] * 0.7])
            translate([-1, y, wall + 0.8]) rotate([0, 90, 0]) cylinder(d = 2, h = wall + 2, $fn = 16);
        if (seal) translate([wall / 2, wall / 2, outer[2] - 1]) difference() {
            rounded_box([outer[0] - wall, outer[1] - wall, 2], corner - wall / 2);
            translate([0.9, 0.9, -1]) rounded_box([outer[0] - wall - 1.8, outer[1] - wall - 1.8, 4], corner - wall);
        }
    }
    // Ridge round the Up button: found and told apart by touch, with gloves.
    if (ridge) translate([outer[0] / 2 + 0.5 * btn_pitch, 0, wall + inner[2] / 2]) rotate([90, 0, 0])
        difference() { cylinder(d = btn_d + 5, h = 1.2, $fn = 40); translate([0, 0, -1]) cylinder(d = btn_d + 1.5, h = 4, $fn = 40); }
    // Piezo cup behind the port.
    translate([outer[0] - wall - piezo_h, outer[1] / 2, wall + inner[2] / 2]) rotate([0, 90, 0])
        difference() { cylinder(d = piezo_d + 3, h = piezo_h, $fn = 40); translate([0, 0, -1]) cylinder(d = piezo_d + 0.4, h = piezo_h + 2, $fn = 40); }
}

module clip() {
    // A cantilever clip on the back (+Z after the lid): hooks over the waistband, open end toward −X (down when worn).
    translate([outer[0] / 2 - clip_len / 2, outer[1] / 2 - clip_w / 2, 0]) {
        translate([clip_len - 6, 0, -clip_gap - clip_t]) cube([6, clip_w, clip_gap + clip_t]);   // root (top of the pod)
        translate([0, 0, -clip_gap - clip_t]) cube([clip_len, clip_w, clip_t]);                  // spring arm
        translate([0, 0, -clip_gap - clip_t + clip_t]) cube([4, clip_w, clip_barb]);             // barb at the open end
    }
}

module lid() {
    difference() {
        union() {
            rounded_box([outer[0], outer[1], lid_t], corner);
            translate([wall + gap / 2, wall + gap / 2, lid_t]) difference() {   // locating lip
                rounded_box([inner[0] - gap, inner[1] - gap, 2], corner - wall);
                translate([1.2, 1.2, -1]) rounded_box([inner[0] - gap - 2.4, inner[1] - gap - 2.4, 4], corner - wall - 1);
            }
        }
        for (x = [corner, outer[0] - corner], y = [corner, outer[1] - corner])     // M2 screws
            translate([x, y, -1]) cylinder(d = 2.4, h = lid_t + 4, $fn = 16);
    }
    clip(); // on the outer face (z < 0), the lip faces into the case
}

if (part == "case") shell();
if (part == "lid") lid();
if (part == "assembly") {
    color("SteelBlue") shell();
    // Exploded 8 mm above the case, lip down, clip up.
    color("LightSteelBlue") translate([0, 0, outer[2] + lid_t + 8]) mirror([0, 0, 1]) lid();
}

echo(str("CadencePod case outer size: ", outer[0], " × ", outer[1], " × ", outer[2] + lid_t, " mm"));
