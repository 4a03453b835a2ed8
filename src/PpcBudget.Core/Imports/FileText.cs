using System.Text;
using System.Text.Unicode;

namespace PpcBudget.Core.Imports;

/// <summary>A file's bytes as text. The byte order mark decides the charset: UTF-8, UTF-16LE, or UTF-8 when there is none.</summary>
static class FileText
{
    static readonly Encoding StrictUtf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];
    static ReadOnlySpan<byte> Utf32LittleEndianBom => [0xFF, 0xFE, 0x00, 0x00];
    static ReadOnlySpan<byte> Utf32BigEndianBom => [0x00, 0x00, 0xFE, 0xFF];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf32LittleEndianBom) || bytes.StartsWith(Utf32BigEndianBom) || bytes.StartsWith(Utf16BigEndianBom))
            throw ProblemList.One(1, null, "is UTF-16 big-endian or UTF-32; save the file as UTF-8 or as UTF-16LE (Excel's \"Unicode text\").");
        if (bytes.StartsWith(Utf16LittleEndianBom))
            return DecodeUtf16(bytes[Utf16LittleEndianBom.Length..]);
        if (bytes.StartsWith(Utf8Bom))
            bytes = bytes[Utf8Bom.Length..];
        return DecodeUtf8(bytes);
    }

    static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return Encoding.UTF8.GetString(bytes);
        // A file that is not UTF-8 is most often Excel's plain "CSV" in a Windows code page. Reading it as UTF-8 would
        // turn every "é" into "�" without a word, so refuse it and say where the first such byte sits.
        Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        var line = bytes[..valid].Count((byte)'\n') + 1;
        throw ProblemList.One(line, null,
            $"is not UTF-8 (byte 0x{bytes[valid]:X2}, the {valid + 1}th of the file, has no byte order mark saying otherwise); " +
            "save it as \"CSV UTF-8\", or as UTF-16 with a byte order mark.");
    }

    static string DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.Length % 2 != 0)
                throw new DecoderFallbackException("odd number of bytes");
            return StrictUtf16.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ProblemList.One(null, null,
                "starts with a UTF-16LE byte order mark but is not UTF-16LE throughout (an odd number of bytes or a broken surrogate pair).");
        }
    }
}
