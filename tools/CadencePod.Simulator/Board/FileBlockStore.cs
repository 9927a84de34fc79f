using System;
using System.IO;
using CadencePod.Core.Seams;

namespace CadencePod.Simulator.Board;

/// <summary>Block store in files (one per slot), as the device keeps them on I:. Errors are reported, never thrown.</summary>
public sealed class FileBlockStore : IBlockStore
{
    readonly string _folder;
    public FileBlockStore(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    string PathOf(int slot) => Path.Combine(_folder, $"slot{slot:00}.bin");

    public int Read(int slot, byte[] buffer)
    {
        try
        {
            var p = PathOf(slot);
            if (!File.Exists(p)) return 0;
            var bytes = File.ReadAllBytes(p);
            int n = Math.Min(bytes.Length, buffer.Length);
            Array.Copy(bytes, buffer, n);
            return n;
        }
        catch (IOException) { return -1; }
        catch (UnauthorizedAccessException) { return -1; }
    }

    public bool Write(int slot, byte[] data, int length)
    {
        try
        {
            using var f = new FileStream(PathOf(slot), FileMode.Create, FileAccess.Write);
            f.Write(data, 0, length);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
