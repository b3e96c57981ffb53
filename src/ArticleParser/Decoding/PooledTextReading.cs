using System.Buffers;

namespace ArticleParser.Decoding;

/// <summary>
/// Reads a whole reader into one string through a rented buffer, for the parses that need the text at once.
/// </summary>
/// <remarks>
/// <see cref="TextReader.ReadToEnd"/> and a <see cref="System.Text.StringBuilder"/> both leave as much garbage as
/// the text itself (the builder's chunks) before the string is made: a second copy that every collection during the
/// parse has to pass over. Here the buffer goes back to the pool and the string is the one allocation.
/// </remarks>
internal static class PooledTextReading
{
    /// <summary>The most characters one read asks for (what <c>Parse(Stream)</c> always read at a time).</summary>
    private const int ChunkLength = 1 << 16;

    /// <summary>
    /// Reads <paramref name="reader"/> in chunks of at most 64 Ki characters until it ends or more than
    /// <paramref name="limit"/> characters are kept; the chunk read after that is dropped, as it always was.
    /// </summary>
    public static string ReadAll(TextReader reader, int limit)
    {
        var buffer = ArrayPool<char>.Shared.Rent(ChunkLength * 2);
        try
        {
            var filled = 0;
            int read;
            while ((read = reader.Read(buffer, filled, ChunkLength)) > 0 && filled <= limit)
            {
                filled += read;
                if (buffer.Length - filled < ChunkLength)
                {
                    var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                    Array.Copy(buffer, larger, filled);
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return new string(buffer, 0, filled);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
