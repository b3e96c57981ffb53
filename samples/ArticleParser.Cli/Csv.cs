using System.Buffers;
using System.Text;

namespace ArticleParser.Cli;

/// <summary>Writes fields as RFC 4180 says: quoted when they hold a comma, a quote or a line break, with quotes doubled.</summary>
internal static class Csv
{
    /// <summary>The end of every row, header included.</summary>
    public const string RowEnd = "\r\n";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Appends one field; <see langword="null"/> is written as an empty field.</summary>
    /// <param name="row">The row being built.</param>
    /// <param name="value">The field's value.</param>
    /// <returns><paramref name="row"/>, to chain calls.</returns>
    public static StringBuilder AppendField(StringBuilder row, string? value)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (value is null || value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            return row.Append(value);
        }

        return row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
