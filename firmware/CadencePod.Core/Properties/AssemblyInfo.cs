using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("CadencePod.Core")]
[assembly: AssemblyDescription("CadencePod: clip-on running cadence metronome")]
[assembly: AssemblyCompany("CadencePod")]
[assembly: AssemblyProduct("CadencePod")]
[assembly: AssemblyCopyright("Copyright (c) CadencePod contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
