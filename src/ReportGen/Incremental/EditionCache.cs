using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Planning;
using ReportGen.Project;

namespace ReportGen.Incremental;

/// <summary>
/// Rendered editions on disk, one file per key under <c>&lt;cache&gt;/editions/</c>: title, dek, body HTML, figures,
/// chart specs with their files (SVG, and the og:image PNG where the edition draws one), cited data sets and the edition's warnings. Safe to delete at any time; a missing,
/// unreadable or unproven entry only means the edition is rendered again.
/// </summary>
/// <remarks>
/// An entry proves itself: its first line is <c>reportgen-edition v3 &lt;key&gt; &lt;sha256&gt;</c>, naming the key it was
/// stored under and the SHA-256 of the JSON that follows. An entry copied under another key, truncated, edited or
/// replaced with anything else fails one of the two checks; so does one whose JSON lacks a member or holds a chart
/// whose files are not the ones <see cref="ChartStage.VariantsOf"/> names (name, PNG or SVG bytes). Such an entry is ignored (and overwritten by the fresh rendering).
/// </remarks>
public sealed class EditionCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AllowPrivateConstructors } },
    };

    private const string Magic = "reportgen-edition";
    private const string Version = "v3";

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly string _folder;

    /// <summary>Opens (and creates) the cache under <paramref name="cacheDirectory"/>.</summary>
    /// <param name="cacheDirectory">The cache folder, e.g. <c>&lt;project&gt;/.reportgen-cache</c>.</param>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public EditionCache(string cacheDirectory)
    {
        _folder = Path.Combine(cacheDirectory, EntriesFolder);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The cached rendering of <paramref name="edition"/> under <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    /// <param name="key">The edition's key from <see cref="EditionKeys"/>.</param>
    /// <param name="edition">The edition (its planned form is not stored; the key guarantees it matches).</param>
    /// <param name="diagnostics">Receives the warnings the edition had when it was rendered.</param>
    public RenderedEdition? TryGet(string key, Edition edition, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entry = Read(PathOf(key), key, edition.DrawsSocialImage);
        if (entry is null)
        {
            return null;
        }

        foreach (var d in entry.Diagnostics)
        {
            diagnostics.Add(d);
        }

        return new RenderedEdition(edition, entry.Title, entry.Summary, entry.BodyHtml, entry.Figures, [.. entry.Charts.Select(c => new RenderedChart(c.Spec, c.Files) { Reused = true })], entry.SourceIds) { Mentions = entry.Mentions ?? [] };
    }

    /// <summary>
    /// The serialized form of a rendering, as the cache stores it after its proof line: equal bytes mean equal title,
    /// dek, body, figures, charts (file bytes included), sources and warnings. Used to compare a cached edition with a fresh rendering.
    /// </summary>
    /// <param name="rendered">The rendering.</param>
    /// <param name="warnings">Its warnings.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] Serialize(RenderedEdition rendered, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(warnings);
        var entry = new Entry(rendered.Title, rendered.Summary, rendered.BodyHtml, rendered.Figures, [.. rendered.Charts.Select(c => new Chart(c.Spec, c.Files))], rendered.SourceIds, warnings, rendered.Mentions);
        return JsonSerializer.SerializeToUtf8Bytes(entry, Json);
    }

    /// <summary>Stores <paramref name="rendered"/> under <paramref name="key"/> with its proof line (write, then rename: never half-written).</summary>
    /// <param name="key">The edition's key.</param>
    /// <param name="rendered">The rendering.</param>
    /// <param name="warnings">Warnings reported while rendering it, replayed on every cache hit.</param>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public void Put(string key, RenderedEdition rendered, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = PathOf(key);
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        File.WriteAllBytes(temp, EntryBytes(key, rendered, warnings));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// An entry as <see cref="Put"/> stores it (proof line, then <see cref="Serialize"/>'s JSON), for a folder written
    /// whole by someone else: a shard folder (<c>build --shard</c>) holds its editions as <c>editions/&lt;key&gt;.json</c>
    /// in this form, so <c>merge</c> reads them back with <see cref="TryGet"/> and the same proofs.
    /// </summary>
    /// <param name="key">The edition's key from <see cref="EditionKeys"/>.</param>
    /// <param name="rendered">The rendering.</param>
    /// <param name="warnings">Its warnings, replayed by <see cref="TryGet"/>.</param>
    /// <returns>The entry's bytes (ASCII proof line, UTF-8 JSON).</returns>
    public static byte[] EntryBytes(string key, RenderedEdition rendered, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(key);
        var json = Serialize(rendered, warnings);
        var proof = Encoding.ASCII.GetBytes($"{Magic} {Version} {key} {Convert.ToHexStringLower(SHA256.HashData(json))}\n");
        return [.. proof, .. json];
    }

    /// <summary>The folder, inside the folder an <see cref="EditionCache"/> is opened on, that holds its entries.</summary>
    public const string EntriesFolder = "editions";

    private static Entry? Read(string path, string key, bool socialImage)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // missing or unreadable: render again
        }

        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0)
        {
            return null;
        }

        var proof = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        var json = bytes.AsSpan(newline + 1);
        if (proof is not [Magic, Version, var storedKey, var storedHash] || storedKey != key || storedHash != Convert.ToHexStringLower(SHA256.HashData(json)))
        {
            return null;
        }

        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry>(json, Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        return entry is { Title: not null, Summary: not null, BodyHtml: not null, Figures: not null, Charts: not null, SourceIds: not null, Diagnostics: not null }
            && entry.Figures.All(f => f is { Text: not null, Citation: not null, Value: { Metric: not null, Subject: not null, Inputs: not null, SourceIds: not null } })
            && entry.Charts.Select((c, i) => (c, i)).All(p => p.c?.Spec is not null && p.c.Files is not null && Describes(p.c.Spec) && HasFiles(p.c, p.i, socialImage))
            && entry.SourceIds.All(id => id is not null)
            && entry.Diagnostics.All(d => d is { Code: not null, Message: not null })
            ? entry
            : null;
    }

    // A chart spec whose every member can be read (its canonical text touches them all).
    private static bool Describes(ChartSpec spec)
    {
        try
        {
            return ChartRenderer.ContentHash(spec, ChartVariant.WideSvg).Length > 0;
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsPng(byte[]? bytes) => bytes is { Length: > 8 } && bytes.AsSpan(0, 8).SequenceEqual(PngSignature);

    private static bool IsSvg(byte[]? bytes) => bytes is { Length: > 5 } && bytes.AsSpan(0, 5).SequenceEqual("<svg "u8);

    // The files the chart stage draws for the chart at this index, by name, each a PNG or an SVG (whether their bytes are
    // what the spec draws is for --verify-cache to find out).
    private static bool HasFiles(Chart chart, int index, bool socialImage)
    {
        var variants = ChartStage.VariantsOf(index, socialImage);
        return chart.Files.Count == variants.Count && chart.Files.Zip(variants).All(p =>
            p.First is { Name: not null, ContentHash: not null } file
            && file.Name == p.Second.FileName(chart.Spec)
            && file.ContentHash.Length == 64
            && (p.Second.IsSvg ? IsSvg(file.Bytes) : IsPng(file.Bytes)));
    }

    /// <summary>Deletes every entry whose key is not in <paramref name="keep"/>, so the cache holds only what the last build used.</summary>
    /// <param name="keep">Keys to keep.</param>
    public void Prune(IReadOnlySet<string> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        foreach (var file in SourceFiles.Enumerate(_folder, "*", recursive: false))
        {
            var name = Path.GetFileName(file);
            if (!(name.EndsWith(".json", StringComparison.Ordinal) && keep.Contains(name[..^5])))
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string key) => Path.Combine(_folder, key + ".json");

    // ChartSpec is built only through its validating factories (private constructor); the cache stores a spec that a
    // factory already validated, so deserializing it may use that constructor. Computed members are not stored.
    private static void AllowPrivateConstructors(JsonTypeInfo info)
    {
        if (info.Type == typeof(ChartSpec))
        {
            info.CreateObject = () => (ChartSpec)Activator.CreateInstance(typeof(ChartSpec), nonPublic: true)!;
            foreach (var property in info.Properties.Where(p => p.Set is null).ToList())
            {
                info.Properties.Remove(property);
            }
        }
    }

    private sealed record Entry(string Title, string Summary, string BodyHtml, IReadOnlyList<Figure> Figures, IReadOnlyList<Chart> Charts, IReadOnlyList<string> SourceIds, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ReportGen.Text.SecurityMention>? Mentions = null);

    private sealed record Chart(ChartSpec Spec, IReadOnlyList<ChartFile> Files);
}
