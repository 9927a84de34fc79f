using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CadencePod.NanoBuild;

/// <summary>
/// The deployment image, written the way the nanoFramework Visual Studio extension writes `&lt;App&gt;.bin`
/// (nf-Visual-Studio-extension, Tools.BuildTasks/GenerateBinaryOutputTask.cs): the .pe of every reference in
/// reference order, then the application's .pe last, each zero-padded to a multiple of 4 bytes, back to back, no
/// header. `nanoff --deploy --image &lt;App&gt;.bin --address &lt;deploy partition&gt;` writes it to the pod's flash.
/// </summary>
public static class DeploymentImage
{
    /// <summary>
    /// The ESP32 4 MB layout's deployment partition (nf-interpreter targets/ESP32/_IDF/esp32/partitions_nanoclr_4mb.csv:
    /// "deploy, data, 0x84, 0x1C0000, 0x1E0000"). Firmware versions move it; the size is the budget we report against.
    /// </summary>
    public const long DeployPartitionBytes = 0x1E0000;

    public static int Padded(int length) => (length + 3) / 4 * 4;

    /// <summary>Distinct .pe files in deployment order: references as given, the application last.</summary>
    public static List<string> Order(string appPe, IEnumerable<string> referencePes)
    {
        var list = new List<string>();
        foreach (var pe in referencePes)
        {
            string full = Path.GetFullPath(pe);
            if (!string.Equals(full, Path.GetFullPath(appPe), StringComparison.Ordinal) && !list.Contains(full)) list.Add(full);
        }

        list.Add(Path.GetFullPath(appPe));
        return list;
    }

    public static byte[] Concatenate(IReadOnlyList<string> pes)
    {
        using var image = new MemoryStream();
        foreach (var pe in pes)
        {
            byte[] bytes = File.ReadAllBytes(pe);
            image.Write(bytes);
            image.Write(new byte[Padded(bytes.Length) - bytes.Length]);
        }

        return image.ToArray();
    }

    /// <summary>Reports each .pe against the partition; for an application also writes &lt;App&gt;.bin beside its .pe.</summary>
    public static List<string> Build(string appPe, IEnumerable<string> referencePes, bool isApplication)
    {
        var pes = Order(appPe, referencePes);
        var missing = pes.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0) throw new FileNotFoundException("no .pe for " + string.Join(", ", missing.Select(Path.GetFileName)) + ": the MetadataProcessor did not convert it");
        long total = pes.Sum(p => (long)Padded((int)new FileInfo(p).Length));
        string name = Path.GetFileNameWithoutExtension(appPe);
        var lines = new List<string>
        {
            $"{name}: {pes.Count} assemblies, {total:N0} B deployed = {100.0 * total / DeployPartitionBytes:F1} % of the ESP32 4 MB layout's deployment partition ({DeployPartitionBytes:N0} B)",
        };
        foreach (var pe in pes.OrderByDescending(p => new FileInfo(p).Length))
            lines.Add($"  {Path.GetFileName(pe),-40} {new FileInfo(pe).Length,9:N0} B");
        if (total > DeployPartitionBytes) lines.Add($"{name}: error NF3002: the assemblies need {total:N0} B, more than the deployment partition's {DeployPartitionBytes:N0} B");
        if (isApplication)
        {
            string bin = Path.ChangeExtension(appPe, ".bin");
            File.WriteAllBytes(bin, Concatenate(pes));
            lines.Add($"{name}: deployment image {bin} ({new FileInfo(bin).Length:N0} B; flash with nanoff, docs/building.md)");
        }

        return lines;
    }
}
