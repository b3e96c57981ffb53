using System.Buffers;
using ArticleParser.Lexing;

namespace ArticleParser.Decoding;

/// <summary>
/// Reads a whole reader into a rented buffer, for the parses that need the text at once, and gives the buffer back
/// to the pool when disposed.
/// </summary>
/// <remarks>
/// <see cref="TextReader.ReadToEnd"/> and a <see cref="System.Text.StringBuilder"/> both leave as much garbage as the
/// text itself (the builder's chunks) and then a string of the whole text, on the large-object heap from 42,500
/// characters on: each parse of a large file cost a full collection every few parses. The parse reads the buffer
/// (<see cref="SourceText"/>) and makes strings only of the fields it keeps.
/// </remarks>
internal sealed class PooledTextReading : IDisposable
{
    /// <summary>The most characters one read asks for (what <c>Parse(Stream)</c> always read at a time).</summary>
    private const int ChunkLength = 1 << 16;

    private char[]? _buffer;

    private PooledTextReading(char[] buffer, int length)
    {
        _buffer = buffer;
        Text = new SourceText(buffer, length);
    }

    /// <summary>Gets the text read; valid until the reading is disposed.</summary>
    public SourceText Text { get; }

    /// <summary>
    /// Reads <paramref name="reader"/> in chunks of at most 64 Ki characters until it ends or more than
    /// <paramref name="limit"/> characters are kept; the chunk read after that is dropped, as it always was.
    /// </summary>
    public static PooledTextReading ReadAll(TextReader reader, int limit)
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

            return new PooledTextReading(buffer, filled);
        }
        catch
        {
            ArrayPool<char>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Gives the buffer back to the pool; nothing may read <see cref="Text"/> afterwards.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
