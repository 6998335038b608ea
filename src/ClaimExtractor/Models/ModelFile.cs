using System.IO.Compression;
using System.Text;

namespace ClaimExtraction.Models;

/// <summary>
/// The container of every shipped model: an uncompressed header (magic, format version, model kind, model version)
/// followed by the Deflate-compressed body. The header lets a stale or foreign file fail loudly instead of misreading.
/// </summary>
internal static class ModelFile
{
    private static readonly byte[] Magic = "CXMD"u8.ToArray();

    /// <summary>Version of the container layout itself; each model kind versions its own body.</summary>
    public const int FormatVersion = 1;

    public static void Write(Stream stream, string kind, int version, Action<BinaryWriter> writeBody)
    {
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(kind);
            header.Write(version);
        }

        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writeBody(body);
    }

    public static void Write(string path, string kind, int version, Action<BinaryWriter> writeBody)
    {
        using var file = File.Create(path);
        Write(file, kind, version, writeBody);
    }

    public static byte[] ToBytes(string kind, int version, Action<BinaryWriter> writeBody)
    {
        using var memory = new MemoryStream();
        Write(memory, kind, version, writeBody);
        return memory.ToArray();
    }

    public static T Read<T>(Stream stream, string kind, int version, Func<BinaryReader, T> readBody)
    {
        using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            var magic = header.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not a ClaimExtractor model file.");
            }

            var format = header.ReadInt32();
            var actualKind = header.ReadString();
            var actualVersion = header.ReadInt32();
            if (format != FormatVersion || actualKind != kind || actualVersion != version)
            {
                throw new InvalidDataException(
                    $"Expected a '{kind}' model v{version} (format {FormatVersion}) but found '{actualKind}' v{actualVersion} (format {format}).");
            }
        }

        // Inflate in one go: BinaryReader reads a MemoryStream without per-call stream overhead, which halves load time.
        var inflated = new MemoryStream();
        using (var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            deflate.CopyTo(inflated, 1 << 16);
        }

        inflated.Position = 0;
        using var body = new BinaryReader(inflated, Encoding.UTF8, leaveOpen: false);
        return readBody(body);
    }

    public static T Read<T>(byte[] bytes, string kind, int version, Func<BinaryReader, T> readBody)
    {
        using var memory = new MemoryStream(bytes, writable: false);
        return Read(memory, kind, version, readBody);
    }
}
