using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("CadencePod.NanoBench")]
[assembly: AssemblyDescription("CadencePod: cost of the cadence engine and the pod loop on the nanoFramework interpreter")]
[assembly: AssemblyCompany("CadencePod")]
[assembly: AssemblyProduct("CadencePod")]
[assembly: AssemblyCopyright("Copyright (c) CadencePod contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("0.1.0.0")]
[assembly: AssemblyFileVersion("0.1.0.0")]
