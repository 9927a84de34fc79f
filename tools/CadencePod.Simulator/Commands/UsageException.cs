using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CadencePod.Simulator.Commands;

/// <summary>A user mistake on the command line or in a script: printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
