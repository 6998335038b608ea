using System.Text;

namespace ClaimExtraction.Cli;

/// <summary>The text encodings `--encoding` accepts; <see cref="Auto"/> detects UTF-8 and UTF-16.</summary>
internal enum InputEncoding
{
    Auto,
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Latin1,
    Windows1252,
}

/// <summary>An input that cannot be read as text; an <see cref="IOException"/> so every reader of inputs stops on it alike.</summary>
internal sealed class UnreadableInputException(string message) : IOException(message);

/// <summary>
/// Turns an input's bytes into text without ever guessing silently: UTF-8 (with or without BOM), UTF-16 with a BOM, or
/// UTF-16 without one when its NUL bytes say so; anything else is refused with a message naming the way out, never
/// decoded into U+FFFD.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How many leading bytes the UTF-16 sniffing looks at.</summary>
    private const int SniffBytes = 4096;

    /// <summary>A text's share of control characters (other than tab, line breaks and form feed) that makes it binary.</summary>
    private const double MaxControlShare = 0.01;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The names `--encoding` accepts, for its help and its error message.</summary>
    public const string Names = "auto, utf-8, utf-16le, utf-16be, latin1, windows-1252";

    /// <summary>Reads an `--encoding` value; false when it is not one of <see cref="Names"/>.</summary>
    public static bool TryParseName(string name, out InputEncoding encoding)
    {
        encoding = name.ToLowerInvariant() switch
        {
            "auto" => InputEncoding.Auto,
            "utf-8" or "utf8" => InputEncoding.Utf8,
            "utf-16le" or "utf16le" => InputEncoding.Utf16LittleEndian,
            "utf-16be" or "utf16be" => InputEncoding.Utf16BigEndian,
            "latin1" or "latin-1" or "iso-8859-1" => InputEncoding.Latin1,
            "windows-1252" or "cp1252" => InputEncoding.Windows1252,
            _ => (InputEncoding)(-1),
        };
        return Enum.IsDefined(encoding);
    }

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="UnreadableInputException"/> naming <paramref name="name"/> and why.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, InputEncoding encoding, string name)
    {
        string text;
        switch (encoding)
        {
            case InputEncoding.Latin1:
                text = Encoding.Latin1.GetString(bytes);
                break;
            case InputEncoding.Windows1252:
                text = DecodeStrict(Windows1252.Value, bytes, name, "Windows-1252");
                break;
            case InputEncoding.Utf16LittleEndian:
                text = DecodeStrict(StrictUtf16LittleEndian, SkipPreamble(bytes, [0xFF, 0xFE]), name, "UTF-16LE");
                break;
            case InputEncoding.Utf16BigEndian:
                text = DecodeStrict(StrictUtf16BigEndian, SkipPreamble(bytes, [0xFE, 0xFF]), name, "UTF-16BE");
                break;
            case InputEncoding.Utf8:
                text = DecodeStrict(StrictUtf8, SkipPreamble(bytes, [0xEF, 0xBB, 0xBF]), name, "UTF-8");
                break;
            default:
                text = DecodeDetected(bytes, name);
                break;
        }

        RefuseBinary(text, name);
        return text;
    }

    private static string DecodeDetected(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], name, "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(StrictUtf16LittleEndian, bytes[2..], name, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(StrictUtf16BigEndian, bytes[2..], name, "UTF-16BE");
        }

        switch (SniffUtf16(bytes))
        {
            case InputEncoding.Utf16LittleEndian:
                return DecodeStrict(StrictUtf16LittleEndian, bytes, name, "UTF-16LE (no BOM)");
            case InputEncoding.Utf16BigEndian:
                return DecodeStrict(StrictUtf16BigEndian, bytes, name, "UTF-16BE (no BOM)");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new UnreadableInputException($"{name}: looks like a binary file (a NUL byte at offset {nul}), not text");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : "";
            throw new UnreadableInputException(
                $"{name}: not valid UTF-8 (an invalid byte sequence{at}); if it is Latin-1 or Windows-1252 text, pass --encoding latin1 or --encoding windows-1252");
        }
    }

    /// <summary>
    /// UTF-16 text of mostly Latin script has a NUL in every other byte: at odd offsets little-endian, at even ones
    /// big-endian. Half of the pairs with that pattern, and almost none with the other, is enough; binary data has NULs
    /// on both sides.
    /// </summary>
    internal static InputEncoding SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return InputEncoding.Auto;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenNuls += head[i] == 0 ? 1 : 0;
            oddNuls += head[i + 1] == 0 ? 1 : 0;
        }

        if (oddNuls >= pairs / 2 && evenNuls <= pairs / 50)
        {
            return InputEncoding.Utf16LittleEndian;
        }

        if (evenNuls >= pairs / 2 && oddNuls <= pairs / 50)
        {
            return InputEncoding.Utf16BigEndian;
        }

        return InputEncoding.Auto;
    }

    private static ReadOnlySpan<byte> SkipPreamble(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> preamble) =>
        bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes;

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, string label)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : "";
            throw new UnreadableInputException($"{name}: not valid {label} (an invalid byte sequence{at}); pass --encoding to say how it is encoded ({Names})");
        }
    }

    /// <summary>Decoded text with NULs, or more than a trace of other control characters, is binary data, not an article.</summary>
    private static void RefuseBinary(string text, string name)
    {
        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                throw new UnreadableInputException($"{name}: looks like a binary file (a NUL character at position {i}), not text");
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls > text.Length * MaxControlShare)
        {
            throw new UnreadableInputException($"{name}: looks like a binary file ({controls} control characters), not text");
        }
    }
}
