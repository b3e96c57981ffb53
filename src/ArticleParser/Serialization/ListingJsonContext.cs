using System.Text.Json.Serialization;

namespace ArticleParser.Serialization;

/// <summary>
/// Provides source-generated System.Text.Json metadata for the listing model: camelCase names,
/// enums as strings, nulls written, no reflection (trim- and AOT-safe).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ListingDocument))]
[JsonSerializable(typeof(ListingEntry))]
public sealed partial class ListingJsonContext : JsonSerializerContext;
