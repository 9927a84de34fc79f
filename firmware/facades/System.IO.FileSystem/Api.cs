// Facade of nanoFramework.System.IO.FileSystem 1.1.93 (nanoframework-api.md §3.15).
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create,
        Open,
        OpenOrCreate,
        Truncate,
        Append,
    }

    public enum FileAccess
    {
        Read = 1,
        Write,
        ReadWrite,
    }

    public enum FileShare
    {
        None,
        Read,
        Write,
        ReadWrite,
    }

    public static class File
    {
        public static bool Exists(string path) { throw null; }
        public static void Delete(string path) { throw null; }
        public static FileStream Open(string path, FileMode mode) { throw null; }
        public static FileStream Open(string path, FileMode mode, FileAccess access) { throw null; }
        public static byte[] ReadAllBytes(string path) { throw null; }
        public static void WriteAllBytes(string path, byte[] bytes) { throw null; }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { throw null; }
        public FileStream(string path, FileMode mode, FileAccess access) { throw null; }
        public override bool CanRead { get { throw null; } }
        public override bool CanSeek { get { throw null; } }
        public override bool CanWrite { get { throw null; } }
        public override long Length { get { throw null; } }
        public override long Position { get { throw null; } set { throw null; } }
        public string Name { get { throw null; } }
        public override void Flush() { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override long Seek(long offset, SeekOrigin origin) { throw null; }
        public override void SetLength(long value) { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
    }
}
