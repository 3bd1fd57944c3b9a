using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Pipeline;

namespace ReportGen.Incremental;

/// <summary>
/// Rendered editions on disk, one JSON file per key under <c>&lt;cache&gt;/editions/</c>: title, dek, body HTML, figures,
/// chart specs with their PNGs, cited data sets and the edition's warnings. Safe to delete at any time; a missing or
/// unreadable entry only means the edition is rendered again.
/// </summary>
public sealed class EditionCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AllowPrivateConstructors } },
    };

    private readonly string _folder;

    /// <summary>Opens (and creates) the cache under <paramref name="cacheDirectory"/>.</summary>
    /// <param name="cacheDirectory">The cache folder, e.g. <c>&lt;project&gt;/.reportgen-cache</c>.</param>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public EditionCache(string cacheDirectory)
    {
        _folder = Path.Combine(cacheDirectory, "editions");
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The cached rendering of <paramref name="edition"/> under <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    /// <param name="key">The edition's key from <see cref="EditionKeys"/>.</param>
    /// <param name="edition">The edition (its planned form is not stored; the key guarantees it matches).</param>
    /// <param name="diagnostics">Receives the warnings the edition had when it was rendered.</param>
    public RenderedEdition? TryGet(string key, Edition edition, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }

        if (entry is null)
        {
            return null;
        }

        foreach (var d in entry.Diagnostics)
        {
            diagnostics.Add(d);
        }

        return new RenderedEdition(edition, entry.Title, entry.Summary, entry.BodyHtml, entry.Figures, [.. entry.Charts.Select(c => new RenderedChart(c.Spec, c.Png1x, c.Png2x) { Reused = true })], entry.SourceIds);
    }

    /// <summary>Stores <paramref name="rendered"/> under <paramref name="key"/> (write, then rename: never half-written).</summary>
    /// <param name="key">The edition's key.</param>
    /// <param name="rendered">The rendering.</param>
    /// <param name="warnings">Warnings reported while rendering it, replayed on every cache hit.</param>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public void Put(string key, RenderedEdition rendered, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var entry = new Entry(rendered.Title, rendered.Summary, rendered.BodyHtml, rendered.Figures, [.. rendered.Charts.Select(c => new Chart(c.Spec, c.Png1x, c.Png2x))], rendered.SourceIds, warnings);
        var path = PathOf(key);
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(entry, Json));
        File.Move(temp, path, overwrite: true);
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

    private sealed record Entry(string Title, string Summary, string BodyHtml, IReadOnlyList<Figure> Figures, IReadOnlyList<Chart> Charts, IReadOnlyList<string> SourceIds, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Chart(ChartSpec Spec, byte[] Png1x, byte[] Png2x);
}
