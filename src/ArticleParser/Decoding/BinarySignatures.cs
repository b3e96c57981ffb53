namespace ArticleParser.Decoding;

/// <summary>
/// Names the file formats whose first bytes (their magic number) no listing can start with, so a refused input
/// can be called what it is, with what to do about it where that is obvious.
/// </summary>
internal static class BinarySignatures
{
    // Only signatures that hold a byte text never has (a C0 control, DEL, or a byte that is not UTF-8 there),
    // or, for PDF, a header no listing starts with. "MZ" (DOS and Windows executables) is not listed: it
    // starts ordinary words, so it names the format only when the bytes after it are binary too.
    private static readonly Signature[] Signatures =
    [
        new([0x1F, 0x8B], "gzip-compressed data", " Decompress it first: gunzip -c FILE.gz > FILE.txt."),
        new([0x50, 0x4B, 0x03, 0x04], "a zip archive (zip, nupkg, docx, jar...)", " Extract the listing first: unzip FILE."),
        new([0x50, 0x4B, 0x05, 0x06], "an empty zip archive", string.Empty),
        new([0x28, 0xB5, 0x2F, 0xFD], "Zstandard-compressed data", " Decompress it first: zstd -d FILE.zst."),
        new([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data", " Decompress it first: xz -d FILE.xz."),
        new([0x42, 0x5A, 0x68, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], "bzip2-compressed data", " Decompress it first: bunzip2 FILE.bz2."),
        new([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7z archive", " Extract the listing first: 7z x FILE.7z."),
        new([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "a RAR archive", " Extract the listing first."),
        new([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document", " Extract its text first, e.g. pdftotext FILE.pdf FILE.txt."),
        new([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a Microsoft Office 97-2003 document", " Save it as plain text (UTF-8) first."),
        new([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image", string.Empty),
        new([0xFF, 0xD8, 0xFF], "a JPEG image", string.Empty),
        new([0x7F, 0x45, 0x4C, 0x46], "an ELF executable", string.Empty),
        new([0xCA, 0xFE, 0xBA, 0xBE], "a Java class or Mach-O universal binary", string.Empty),
        new([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module", string.Empty),
        new([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x20, 0x33, 0x00], "an SQLite database", string.Empty),
    ];

    /// <summary>The name of DOS and Windows executables, whose "MZ" counts only before binary bytes.</summary>
    public static readonly Signature Executable = new([0x4D, 0x5A], "a Windows or DOS executable (PE/MZ)", string.Empty);

    /// <summary>Finds the format whose magic number <paramref name="head"/> starts with.</summary>
    public static Signature? Find(ReadOnlySpan<byte> head)
    {
        foreach (var signature in Signatures)
        {
            if (head.StartsWith(signature.Magic))
            {
                return signature;
            }
        }

        return null;
    }

    /// <summary>A magic number with the name of its format and, where obvious, what the user can do.</summary>
    internal sealed class Signature(byte[] magic, string name, string advice)
    {
        public ReadOnlySpan<byte> Magic => magic;

        public string Name { get; } = name;

        public string Advice { get; } = advice;

        /// <summary>Gets the magic number as hexadecimal bytes, "1F 8B".</summary>
        public string Hex => string.Join(" ", magic.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
