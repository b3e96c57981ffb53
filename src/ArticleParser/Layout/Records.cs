using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Cuts a page's lines into candidate records: a record starts at every <c>period</c>-th line whose
/// signature is the key, and page chrome or a separator ends it (a separator does not where the page's records hold
/// one each: <paramref name="separatorsInside"/>).
/// </summary>
/// <remarks>Inference and application cut records the same way, through this one type.</remarks>
internal struct RecordCutter(LineSignature key, int period, int phase, int keysSeen, bool metaAbove = false, bool separatorsInside = false)
{
    private bool _afterKey;
    private bool _led;

    /// <summary>Tells whether a line with <paramref name="signature"/> ends the open record, and starts none.</summary>
    public readonly bool Ends(LineSignature signature) =>
        signature.EndsRecord && !(separatorsInside && signature.Class == LineClass.Separator);

    /// <summary>Gets how many key lines were passed so far (the period counts from the input's start).</summary>
    public int KeysSeen { get; private set; } = keysSeen;

    /// <summary>
    /// Tells whether a key ends records instead of starting them: a read-more link that closes every record, above it
    /// lines that vary in number and shape (a kicker on some records, a headline that reads like prose on others), so
    /// that no first line repeats; or a date or byline line tried as the record's last (<see cref="LineSignature.Closes"/>),
    /// which only the page's edges tell from the next record's first. The line under each such key starts a record, and
    /// the page's first record holds the page's header above it (see <see cref="HeaderLines"/>).
    /// </summary>
    public static bool EndsRecords(LineSignature key) => key.Class == LineClass.ReadMore || key.Closes;

    /// <summary>Lines directly above a record's usual first line (no blank line between) that its first record keeps: an optional caption.</summary>
    private const int MaxAttachedAbove = 2;

    /// <summary>
    /// Returns how many lines of a page's first <paramref name="record"/>, cut where keys end records, are the page's
    /// header: all but the last <paramref name="length"/>, a record's usual length, and, where some records add a caption
    /// above the headline (<paramref name="captionAbove"/>), up to <see cref="MaxAttachedAbove"/> lines directly above those.
    /// Where the page's records hold no blank line (<paramref name="compact"/>), the lines above the record's last blank
    /// line are the header's too, however few.
    /// </summary>
    public static int HeaderLines(ReadOnlySpan<LineSignature> record, int length, bool captionAbove, bool compact = false)
    {
        var header = length > 0 ? Math.Max(0, record.Length - length) : 0;
        for (var attached = 0; captionAbove && header > 0 && attached < MaxAttachedAbove && record[header].Gap == 0; attached++)
        {
            header--;
        }

        for (var i = record.Length - 1; compact && i > header; i--)
        {
            if (record[i].Gap > 0)
            {
                return i;
            }
        }

        return header;
    }

    /// <summary>
    /// Tells whether a non-blank line with <paramref name="signature"/> starts a record, and counts key lines. A line
    /// that starts a block (after a blank line, or one that no open record holds) directly above a key line
    /// (<paramref name="next"/>, with no blank line between) starts that key line's record: records are the page's
    /// blocks, and it is the record's optional first line, a caption or a date above the headline (never prose: that
    /// is the open record's teaser, however a stray line under it reads; nor a read-more link, which closes it).
    /// Where the page's template says so (<see cref="RecordTemplate.MetaAbove"/>), a date or byline paragraph of its own
    /// directly above a key line starts that key line's record too: a blog's day header over the first post of the day.
    /// A <paramref name="label"/> line starts nothing and is not counted; the text line above one (<paramref name="aboveLabel"/>) starts a record.
    /// </summary>
    public bool Starts(LineSignature signature, LineSignature? next, bool open, bool label = false, bool aboveLabel = false)
    {
        if (label)
        {
            return false; // the template's label line (RecordTemplate.KeyLabel): never a key, however it is shaped
        }

        if (EndsRecords(key))
        {
            // Under a key that ends records, the line after each key starts one, as does a line no record holds.
            var starts = !open || _afterKey;
            _afterKey = signature.Class == key.Class;
            KeysSeen += starts ? 1 : 0;
            return starts;
        }

        if (aboveLabel && signature.IsText)
        {
            // The text line the label follows is the record's first, whatever its shape (a headline that reads like prose).
            KeysSeen++;
            return true;
        }

        if (_led)
        {
            _led = false; // the key line under a leading date or byline paragraph: that paragraph started its record
            return false;
        }

        var leading = key.Gap != 0 && (signature.Gap > 0 || !open) && signature.Class is not (LineClass.Prose or LineClass.ReadMore or LineClass.Chrome or LineClass.Separator)
            && next is { } below && below.Class == key.Class && below.Bullet == key.Bullet && below.HoldsLike(key)
            && (below.Gap == 0 || (_led = metaAbove && signature.Class == LineClass.Meta));
        // With no record open (the page's start, or under chrome or a separator), no record hangs above the line: its
        // gap tells nothing ("News", a blank line, then "date / headline / teaser" blocks without blank lines, or blocks
        // parted by four).
        var first = !open && key.Gap != LineSignature.AnyGap && signature.Gap > 0 && (signature with { Gap = key.Gap }).StartsLike(key);
        if (!signature.StartsLike(key) && !leading && !first)
        {
            return false;
        }

        var n = KeysSeen++;
        return n % period == phase;
    }
}

/// <summary>
/// Aligns a record's lines with a template's slots (edit distance with near matches), the way MDR and
/// DEPTA align repeated DOM subtrees, here over line signatures.
/// </summary>
internal static class Alignment
{
    /// <summary>Lines a record may have at most; a longer run is no record.</summary>
    public const int MaxRecordLines = 16;

    /// <summary>
    /// Returns the cost of aligning <paramref name="lines"/> with <paramref name="slots"/>, and each line's slot (-1 when inserted).
    /// A slot in <paramref name="optional"/> (bit <c>1 &lt;&lt; slot</c>: a caption, which some records of a page have and
    /// others lack) costs nothing when a record lacks it, and the gap above a record's first line is the key's
    /// business, not the record's: it matches any slot's.
    /// </summary>
    public static double Align(ReadOnlySpan<LineSignature> lines, ReadOnlySpan<LineSignature> slots, Span<int> slotOfLine, uint optional = 0)
    {
        if (MatchesSlotForSlot(lines, slots, slotOfLine))
        {
            return 0;
        }

        var n = lines.Length;
        var m = slots.Length;
        // Sized to the record, not the largest one: the frame is zeroed on every call, and most records are 2 to 4 lines.
        // A whole post's lines down to its body may run past MaxRecordLines; its table goes on the heap.
        var cells = (n + 1) * (m + 1);
        Span<double> cost = cells <= (MaxRecordLines + 1) * (MaxRecordLines + 1) ? stackalloc double[cells] : new double[cells];
        var width = m + 1;
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                cost[(i * width) + j] = i == 0 && j == 0 ? 0
                    : i == 0 ? cost[j - 1] + Missing(optional, j - 1)
                    : j == 0 ? i
                    : Math.Min(
                        cost[((i - 1) * width) + j - 1] + Distance(lines, i - 1, slots[j - 1]),
                        Math.Min(cost[((i - 1) * width) + j] + 1, cost[(i * width) + j - 1] + Missing(optional, j - 1)));
            }
        }

        // Walk back: a line is matched with a slot, inserted, or a slot is missing.
        for (int i = n, j = m; i > 0;)
        {
            var here = cost[(i * width) + j];
            if (j > 0 && here == cost[((i - 1) * width) + j - 1] + Distance(lines, i - 1, slots[j - 1]))
            {
                slotOfLine[--i] = --j;
            }
            else if (here == cost[((i - 1) * width) + j] + 1)
            {
                slotOfLine[--i] = -1;
            }
            else
            {
                j--;
            }
        }

        FirstParagraphs(lines, slots, slotOfLine);
        return cost[(n * width) + m];
    }

    /// <summary>
    /// Matches each line with its slot when every line is alike its slot, as most records are: the table would cost
    /// nothing along its diagonal, and the walk back, which tries the diagonal first, would match the same.
    /// </summary>
    private static bool MatchesSlotForSlot(ReadOnlySpan<LineSignature> lines, ReadOnlySpan<LineSignature> slots, Span<int> slotOfLine)
    {
        if (lines.Length != slots.Length)
        {
            return false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (Distance(lines, i, slots[i]) != 0)
            {
                return false;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            slotOfLine[i] = i;
        }

        return true;
    }

    /// <summary>
    /// Moves a prose slot's match up to the paragraph above it where that one is no slot's and matches as well: of two
    /// paragraphs alike, the first is the teaser and the second the post's body (the walk back matched the last).
    /// </summary>
    private static void FirstParagraphs(ReadOnlySpan<LineSignature> lines, ReadOnlySpan<LineSignature> slots, Span<int> slotOfLine)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var slot = slotOfLine[i];
            for (var k = i; slot >= 0 && k > 0 && slotOfLine[k - 1] < 0 && lines[k].Class == LineClass.Prose && lines[k - 1].Class == LineClass.Prose
                && Distance(lines, k - 1, slots[slot]) == Distance(lines, k, slots[slot]); k--)
            {
                (slotOfLine[k - 1], slotOfLine[k]) = (slot, -1);
            }
        }
    }

    private static double Missing(uint optional, int slot) => (optional >> slot & 1) != 0 ? 0 : 1;

    private static double Distance(ReadOnlySpan<LineSignature> lines, int line, LineSignature slot) =>
        (line == 0 ? lines[0] with { Gap = LineSignature.AnyGap } : lines[line]).Distance(slot);

    /// <summary>Tells whether a record starting at a line with <paramref name="signature"/> hangs directly under the one before it (no blank line between).</summary>
    public static bool Attached(LineSignature signature) => signature.Gap == 0;

    /// <summary>Tells whether a record of <paramref name="lines"/> lines at <paramref name="cost"/> is an instance of its template.</summary>
    public static bool Fits(int lines, int slots, double cost) => lines - (2 * cost) > 0 && cost <= Math.Max(1, slots / 2.0);
}
