using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Recognizes the glyphs a listing uses for layout rather than content: separator lines and the
/// bullets in front of headlines and teasers.
/// </summary>
internal static class Decoration
{
    /// <summary>Characters an image's name or size glued to a line's start may run to.</summary>
    private const int MaxGluedImageName = 120;

    /// <summary>Characters of text a line must keep after a glued image name for the name to be one.</summary>
    private const int MinTextAfterImageName = 20;

    /// <summary>
    /// Returns the length of a thumbnail's file name or size glued to the start of a line's text, or 0: the copy lost the
    /// space between the image and the text ("cmsDay-Banner200Our team gave…", "Dockers on strike 120x80For the first
    /// time…"). Only the first place where a digit runs into a capitalized word is read, and only a size
    /// (<c>120x80</c>) or a name of one word with a hyphen or underscore ends an image there: "Rue89Lyon" is a name.
    /// </summary>
    public static int GluedImageLength(ReadOnlySpan<char> text)
    {
        var limit = Math.Min(text.Length - MinTextAfterImageName, MaxGluedImageName);
        // Most lines have no digit near their start: one vectorized search per digit found, not a test per character.
        for (var at = 0; at < limit && SpanText.IndexOfDigit(text[at..limit]) is >= 0 and var digit;)
        {
            at += digit + 1;
            if (at >= limit || !(char.IsUpper(text[at]) && char.IsLower(text[at + 1])))
            {
                continue;
            }

            var word = text[(text[..at].LastIndexOf(' ') + 1)..at];
            var fileName = word.Length == at && IsFileName(word);
            return (fileName || EndsInImageSize(word) || IsCameraName(text[..at])) && text[at..].IndexOf(' ') > 0 ? at : 0;
        }

        return 0;
    }

    /// <summary>
    /// Tells whether a word reads as an image's file name or slug: words joined by hyphens or underscores, with no space
    /// (<c>soobrakajka-noc</c>, <c>orel2-300x200</c>, <c>Ana-Stojkovska</c>); not a timestamp (<c>2018-02-07T18:12:40+01:00</c>).
    /// </summary>
    public static bool IsFileName(ReadOnlySpan<char> word) =>
        word.IndexOfAny('-', '_') >= 0 && word.IndexOf(' ') < 0 && word.IndexOfAny(':', '+') < 0 && CountLetters(word) >= 2;

    /// <summary>Words that name a gallery or another kind of story: "Photo gallery", "FOTO" over a story are its kicker, not a thumbnail's text.</summary>
    private static readonly WordSet GalleryWords = WordSet.Of("gallery galleries galerie galería galeria galleria fotogalerie fotogaleria fotogalería video videos");

    /// <summary>Words that name a picture, and name nothing else alone: "Photo" alone is a story's kind.</summary>
    private static readonly WordSet ImageNouns = WordSet.Of("image picture thumbnail thumb imagen imagem immagine obrázek obrázok изображение 이미지 기사사진 画像 图片 圖片");

    /// <summary>Words that name a picture: a site's generic alt text is made of them ("Slika članka", "Article image", "기사사진").</summary>
    private static readonly WordSet PictureWords = WordSet.Of(
        "image images picture photo photos thumbnail thumb foto fotos fotografia fotografie fotografija bild bilder imagen imagem "
        + "immagine slika slike obrázek obrázok zdjęcie kuva kép billede фото фотография изображение снимка слика світлина "
        + "תמונה صورة تصویر 사진 기사사진 이미지 写真 画像 图片 圖片 ảnh รูปภาพ");

    /// <summary>The most words a generic alt text runs to ("Photo of the article").</summary>
    private const int MaxPictureWords = 4;

    /// <summary>
    /// Tells whether a short line names a picture rather than describing it: two to four words, one of them a word for
    /// an image (<c>Slika članka</c>, <c>Article image</c>), or one noun for images alone (<c>Image</c>, <c>기사사진</c>),
    /// and no word for a gallery. Printed over every headline, such a line is the thumbnail's generic alt text, not a
    /// section's kicker (<c>FOTO</c>, <c>Photo gallery</c>).
    /// </summary>
    public static bool NamesPicture(ReadOnlySpan<char> line)
    {
        var words = 0;
        var (named, noun, gallery) = (false, false, false);
        while (!line.IsEmpty)
        {
            var space = line.IndexOf(' ');
            var word = (space < 0 ? line : line[..space]).Trim(".:,;()[]\"'«»“”".AsSpan());
            named |= PictureWords.Contains(word);
            noun |= ImageNouns.Contains(word);
            gallery |= GalleryWords.Contains(word);
            words += word.IsEmpty ? 0 : 1;
            line = space < 0 ? [] : line[(space + 1)..];
        }

        // One word names a picture only as a noun for images ("Image"); "Foto" or "Photos" alone is the story's kind.
        return named && !gallery && words <= MaxPictureWords && (words > 1 || noun);
    }

    /// <summary>
    /// Tells whether a line is an image's slug as sites print it alone: a file name (<see cref="IsFileName"/>) in lower
    /// case, or with a digit, an underscore or two hyphens (<c>soobrakajka-noc</c>, <c>IMG_2210</c>); one hyphen between
    /// capitalized words is a name's or a kicker's (<c>Baden-Württemberg</c>, <c>Nahost-Konflikt</c>).
    /// </summary>
    public static bool IsSlug(ReadOnlySpan<char> line)
    {
        if (!IsFileName(line))
        {
            return false;
        }

        var (upper, hyphens) = (false, 0);
        foreach (var c in line)
        {
            upper |= char.IsUpper(c);
            hyphens += c == '-' ? 1 : 0;
        }

        return !upper || hyphens >= 2 || SpanText.HasDigit(line) || line.IndexOf('_') >= 0;
    }

    /// <summary>
    /// Tells whether a line's start is a camera's or an editor's file name: one to six capitals, perhaps a space or an
    /// underscore, then two to six digits (<c>DSC 0417</c>, <c>IMG_2210</c>, <c>KOP01</c>). A word in lower case
    /// ("Rue89Lyon") or one letter before the digits ("G20") is a name, not a file's.
    /// </summary>
    private static bool IsCameraName(ReadOnlySpan<char> name)
    {
        var letters = 0;
        while (letters < name.Length && name[letters] is >= 'A' and <= 'Z')
        {
            letters++;
        }

        var digits = name.Length - letters - (letters < name.Length && name[letters] is ' ' or '_' ? 1 : 0);
        return letters is >= 2 and <= 6 && digits is >= 2 and <= 6 && CountDigitsBefore(name, name.Length) == digits;
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    /// <summary>Tells whether a word ends in an image size: two to four digits, <c>x</c> or <c>×</c>, two to four digits.</summary>
    private static bool EndsInImageSize(ReadOnlySpan<char> word)
    {
        var height = CountDigitsBefore(word, word.Length);
        var x = word.Length - height - 1;
        return height is >= 2 and <= 4 && x > 0 && word[x] is 'x' or '×' && CountDigitsBefore(word, x) is >= 2 and <= 4;
    }

    private static int CountDigitsBefore(ReadOnlySpan<char> word, int end)
    {
        var start = end;
        while (start > 0 && char.IsDigit(word[start - 1]))
        {
            start--;
        }

        return end - start;
    }

    /// <summary>
    /// Reads a line that is only a Markdown image, as an HTML-to-Markdown copy prints a thumbnail: <c>![alt](url)</c>, or
    /// the image inside a link, <c>[![alt](url)](link)</c>. Returns where the alt text lies in the line (empty when the
    /// image has none), or <see langword="null"/> when the line is something else.
    /// </summary>
    public static Range? MarkdownImageAlt(ReadOnlySpan<char> line)
    {
        var linked = line.StartsWith("[![".AsSpan(), StringComparison.Ordinal);
        var start = linked ? 3 : 2;
        if (!(linked || line.StartsWith("![".AsSpan(), StringComparison.Ordinal)) || line[^1] != ')')
        {
            return null;
        }

        var close = line[start..].IndexOf("](".AsSpan(), StringComparison.Ordinal);
        if (close < 0)
        {
            return null;
        }

        // The image's address, and the link's around it: one word each, nothing after the last parenthesis.
        var rest = line[(start + close + 2)..];
        var end = rest.IndexOf(')');
        var address = end > 0 && IsAddress(rest[..end]);
        rest = rest[(end + 1)..];
        var wrapped = linked
            ? rest.StartsWith("](".AsSpan(), StringComparison.Ordinal) && rest.Length > 3 && IsAddress(rest[2..^1])
            : rest.IsEmpty;
        return address && wrapped ? new Range(start, start + close) : null;

        static bool IsAddress(ReadOnlySpan<char> url) => url.Length > 0 && url.IndexOfAny(' ', '(', ')') < 0 && url.IndexOf('[') < 0;
    }

    /// <summary>Tells whether a line holds only separator glyphs: "-", "—", "*", "•", "* * *", "-----".</summary>
    public static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (!(char.IsWhiteSpace(c) || IsSeparatorGlyph(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The closing formulas of letters, lower-cased, in the languages of the corpus.</summary>
    private static readonly string[] Closings =
    [
        "yours sincerely", "sincerely", "yours faithfully", "yours truly", "best regards", "kind regards", "warm regards",
        "regards", "best wishes", "with best wishes", "mit freundlichen grüßen", "mit freundlichen gruessen", "viele grüße",
        "herzliche grüße", "liebe grüße", "bien cordialement", "cordialement", "meilleures salutations", "atentamente",
        "saludos cordiales", "un saludo", "cordiali saluti", "distinti saluti", "cordialmente", "atenciosamente",
        "met vriendelijke groet", "vriendelijke groet", "z wyrazami szacunku", "z poważaniem", "serdecznie pozdrawiam",
        "pozdrawiam", "s pozdravem", "s úctou", "s pozdravom", "с уважением", "з повагою", "с поздрав", "με εκτίμηση",
        "saygılarımla", "med vänliga hälsningar", "vänliga hälsningar", "med venlig hilsen", "venlig hilsen",
        "med vennlig hilsen", "ystävällisin terveisin", "üdvözlettel", "cu stimă", "cu respect", "lep pozdrav",
        "srdačan pozdrav", "s poštovanjem", "с почитанием",
    ];

    /// <summary>The first letters of the closing formulas, both cases: a line that opens otherwise is tried against none of them.</summary>
    private static readonly string ClosingInitials = string.Concat(Closings.Select(c => char.ToLowerInvariant(c[0]).ToString() + char.ToUpperInvariant(c[0])).Distinct());

    /// <summary>The longest line that may close a letter (the formula and a few words: "Kind regards, the committee").</summary>
    private const int MaxClosingLength = 48;

    /// <summary>
    /// Tells whether a short line is a letter's closing formula: the formula alone, with a closing comma, stop or
    /// exclamation mark ("Yours sincerely,", "Z wyrazami szacunku,"), or after a comma a few words that sign it ("Kind
    /// regards, the committee"). A headline that opens with the words ("Best wishes pour in for …") is none.
    /// </summary>
    public static bool IsLetterClosing(ReadOnlySpan<char> line)
    {
        if (line.Length is < 6 or > MaxClosingLength || ClosingInitials.IndexOf(line[0]) < 0)
        {
            return false;
        }

        foreach (var closing in Closings)
        {
            if (line.StartsWith(closing.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                var rest = line[closing.Length..];
                return rest.IsEmpty || (rest.Length == 1 && rest[0] is ',' or '.' or '!') || (rest[0] == ',' && rest.Length > 2 && rest[1] == ' ');
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the text a whole line of Markdown shows: within emphasis markers (<c>**Title**</c>, <c>*May 3, 2024*</c>,
    /// <c>__Title__</c>), the text of a link that is the whole line (<c>[Title](https://…)</c>). Returns the text's start
    /// and length, or (0, 0) where the line is not so marked up.
    /// </summary>
    public static (int Start, int Length) MarkdownText(ReadOnlySpan<char> line)
    {
        var (start, end) = (0, line.Length);
        for (var marker = 0; marker < 2 && end - start > 4 && line[start] is '*' or '_' && line[end - 1] == line[start]; marker++)
        {
            start++;
            end--;
        }

        var inner = line[start..end];
        if (inner.Length > 4 && inner[0] == '[' && inner[^1] == ')' && inner.IndexOf("](".AsSpan(), StringComparison.Ordinal) is > 1 and var close
            && inner[1..close].IndexOfAny('[', ']') < 0 && inner[(close + 2)..^1].IndexOfAny(' ', ')') < 0)
        {
            return (start + 1, close - 1);
        }

        return start > 0 && inner.Length > 0 && !char.IsWhiteSpace(inner[0]) && !char.IsWhiteSpace(inner[^1]) && inner.IndexOfAny('*', '_') < 0
            ? (start, inner.Length) : (0, 0);
    }

    /// <summary>Measures a Markdown heading's marker, one to six hashes and the space after them ("## "), or returns 0.</summary>
    public static int MarkdownHeadingLength(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && hashes < 7 && line[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is 0 or > 6 || hashes >= line.Length - 1 || line[hashes] != ' ')
        {
            return 0;
        }

        var length = hashes;
        while (length < line.Length && TextRules.IsOuterWhitespace(line[length]))
        {
            length++;
        }

        return length < line.Length ? length : 0;
    }

    /// <summary>
    /// Measures a leading bullet and the space after it ("• ", "- ", "* ", "» ", a list number "12. "), or returns 0. A
    /// shape (<c>●</c>, <c>■</c>, <c>・</c>) needs no space before a letter or digit, as CJK text sets it (<c>●Vol.39 …</c>):
    /// a dash or an asterisk so glued is a word's (<c>-based</c>, <c>*Update*</c>).
    /// </summary>
    public static int BulletLength(ReadOnlySpan<char> line) => BulletLength(line, out _);

    /// <summary>Measures a leading bullet as <see cref="BulletLength(ReadOnlySpan{char})"/> does, and tells whether it is a list number (which may also be a date's day, "26. Nov.").</summary>
    public static int BulletLength(ReadOnlySpan<char> line, out bool number)
    {
        number = !(line.Length >= 3 && IsBulletGlyph(line[0]));
        var glyph = number ? ListNumberLength(line) : 1;
        if (glyph == 0 || glyph >= line.Length - 1)
        {
            return 0;
        }

        if (!TextRules.IsOuterWhitespace(line[glyph]))
        {
            return !number && IsShapeGlyph(line[0]) && char.IsLetterOrDigit(line[1]) ? 1 : 0;
        }

        var length = glyph;
        while (length < line.Length && TextRules.IsOuterWhitespace(line[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>Measures a list number, one to three digits and a period ("1.", "12."), or returns 0.</summary>
    private static int ListNumberLength(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 4 && line[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && digits + 2 < line.Length && line[digits] == '.' ? digits + 1 : 0;
    }

    private static bool IsSeparatorGlyph(char c) =>
        c is '-' or '—' or '–' or '_' or '=' or '*' or '•' or '·' or '~' or '#' or '+' or '…' or '.' or '◆' or '◇' or '■' or '□' or '●' or '○' or '§' or '⁂' or '❧' or '|' or '/';

    private static bool IsBulletGlyph(char c) =>
        c is '•' or '·' or '*' or '-' or '–' or '—' or '»' or '›' or '>' or '+' or '→' or '‣' or '⁃' || IsShapeGlyph(c);

    /// <summary>Tells whether a bullet glyph is a shape that marks list items only, never a word's part.</summary>
    private static bool IsShapeGlyph(char c) =>
        c is '▪' or '■' or '□' or '●' or '○' or '◦' or '◆' or '◇' or '◎' or '★' or '☆' or '▶' or '▷' or '►' or '・';
}
