using System;
using System.Globalization;
using System.IO;

namespace CadencePod.Simulator.Commands;

/// <summary>Output files and folders are checked before any work: a run never fails at its end for a path.</summary>
public static class OutputPaths
{
    /// <summary>A file we can create or overwrite (an existing one is not changed by the check).</summary>
    public static void CheckFile(string option, string? path, string? input = null)
    {
        if (path == null) return;
        if (path.Trim().Length == 0) throw new UsageException($"bad {option} '': a file name is needed");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"bad {option} '{path}': {e.Message}");
        }

        if (input != null && string.Equals(full, Path.GetFullPath(input), StringComparison.Ordinal))
            throw new UsageException($"bad {option} '{path}': that is the recording itself; it would be overwritten");
        if (Directory.Exists(full)) throw new UsageException($"bad {option} '{path}': is a folder, a file name is needed");
        string? parent = Path.GetDirectoryName(full);
        if (parent != null && File.Exists(parent)) throw new UsageException($"bad {option} '{path}': {parent} is a file, not a folder");
        if (parent != null && !Directory.Exists(parent)) throw new UsageException($"bad {option} '{path}': folder {parent} does not exist");
        try
        {
            if (File.Exists(full))
            {
                using var f = new FileStream(full, FileMode.Open, FileAccess.Write);
            }
            else
            {
                using var f = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"bad {option} '{path}': cannot write there ({e.Message})");
        }
    }

    /// <summary>A folder we can create and write into.</summary>
    public static void CheckFolder(string option, string? path)
    {
        if (path == null) return;
        if (path.Trim().Length == 0) throw new UsageException($"bad {option} '': a folder name is needed");
        try
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full)) throw new UsageException($"bad {option} '{path}': is a file, a folder is needed");
            Directory.CreateDirectory(full);
            using var f = new FileStream(Path.Combine(full, ".cadencepod-write-check"), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"bad {option} '{path}': cannot write there ({e.Message})");
        }
    }
}
