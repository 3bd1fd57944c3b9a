using System.Globalization;
using System.Text.Json;
using ReportGen.Charts;
using ReportGen.Diagnostics;
using ReportGen.Incremental;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Site;

namespace ReportGen.Sharding;

/// <summary>
/// The shard folders given to <c>reportgen merge</c>, read and checked to belong together: each a shard of one build of
/// the same inputs with the same options, every shard number from 0 to n-1 exactly once. The merge then plans the
/// project as a build does, takes each edition's rendering from the shard that owns it instead of rendering it
/// (<see cref="Renderings"/>), and runs the rest of the build unchanged (ledger, layout, feeds, sitemap, search, publish),
/// so the site is byte-identical to a single build's.
/// </summary>
/// <remarks>
/// A shard folder holds <see cref="ShardManifest.FileName"/>, the marker <see cref="OutputGuard.MarkerFile"/> (a later
/// shard build may replace it) and its editions as <see cref="EditionCache"/> entries under <c>editions/</c>, each with
/// its proof line, so a truncated or edited entry is found (<see cref="DiagnosticCodes.ShardEntryBad"/>).
/// </remarks>
public sealed class ShardSet
{
    private ShardSet(IReadOnlyList<(string Folder, ShardManifest Manifest)> shards) => Shards = shards;

    /// <summary>The shards by number (index i holds shard i).</summary>
    public IReadOnlyList<(string Folder, ShardManifest Manifest)> Shards { get; }

    /// <summary>The first shard's manifest (all agree on fingerprint and options).</summary>
    public ShardManifest First => Shards[0].Manifest;

    /// <summary>
    /// Reads the manifests of <paramref name="folders"/> and checks they are the n shards of one build: readable
    /// (<see cref="DiagnosticCodes.ShardUnreadable"/>), one shard count (<see cref="DiagnosticCodes.ShardCountMismatch"/>),
    /// no number twice (<see cref="DiagnosticCodes.ShardDuplicate"/>) or missing (<see cref="DiagnosticCodes.ShardMissing"/>),
    /// one input fingerprint (<see cref="DiagnosticCodes.ShardInputsDiffer"/>) and the same options
    /// (<see cref="DiagnosticCodes.ShardOptionsDiffer"/>). Every problem is reported, not just the first.
    /// </summary>
    /// <param name="folders">The shard folders, in any order.</param>
    /// <param name="diagnostics">Receives the errors, located at the manifest's path as given.</param>
    /// <returns>The shards, or null on any error.</returns>
    public static ShardSet? Read(IReadOnlyList<string> folders, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var read = new List<(string Folder, ShardManifest Manifest)>();
        foreach (var folder in folders)
        {
            if (ReadManifest(folder, diagnostics) is { } manifest)
            {
                read.Add((folder, manifest));
            }
        }

        if (diagnostics.HasErrors || read.Count == 0)
        {
            if (read.Count == 0 && !diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.ShardMissing, "no shard folder given; expected the folders written by build --shard 0/n ... --shard n-1/n");
            }

            return null;
        }

        var first = read[0];
        foreach (var (folder, manifest) in read.Skip(1))
        {
            if (manifest.Of != first.Manifest.Of)
            {
                diagnostics.Error(DiagnosticCodes.ShardCountMismatch, string.Create(CultureInfo.InvariantCulture, $"this folder is shard {manifest.Shard}/{manifest.Of}, but {first.Folder} is shard {first.Manifest.Shard}/{first.Manifest.Of}: all shards of a build must be built with the same n"), Where(folder));
            }

            if (manifest.Fingerprint != first.Manifest.Fingerprint)
            {
                diagnostics.Error(DiagnosticCodes.ShardInputsDiffer, $"this shard was built from other inputs (data, templates, settings or notes) or by another ReportGen ({manifest.Tool}) than {first.Folder} ({first.Manifest.Tool}): build every shard from the same commit with the same ReportGen", Where(folder));
            }

            if (manifest.OptionsText != first.Manifest.OptionsText)
            {
                diagnostics.Error(DiagnosticCodes.ShardOptionsDiffer, $"this shard was built with {manifest.OptionsText}, but {first.Folder} with {first.Manifest.OptionsText}: give every shard the same options", Where(folder));
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var count = first.Manifest.Of;
        var byNumber = new (string Folder, ShardManifest Manifest)[count];
        foreach (var shard in read)
        {
            if (byNumber[shard.Manifest.Shard].Folder is { } earlier)
            {
                diagnostics.Error(DiagnosticCodes.ShardDuplicate, string.Create(CultureInfo.InvariantCulture, $"shard {shard.Manifest.Shard}/{count} is given twice (also {earlier}); give each shard once"), Where(shard.Folder));
                continue;
            }

            byNumber[shard.Manifest.Shard] = shard;
        }

        for (var i = 0; i < count; i++)
        {
            if (byNumber[i].Folder is null)
            {
                diagnostics.Error(DiagnosticCodes.ShardMissing, string.Create(CultureInfo.InvariantCulture, $"shard {i}/{count} is missing: the {count} shards of a build must all be merged (got {string.Join(", ", read.Select(r => r.Manifest.Shard).Order())})"));
            }
        }

        return diagnostics.HasErrors ? null : new ShardSet(byNumber);
    }

    /// <summary>
    /// Checks that the shards were built from the project being merged: its <see cref="ShardManifest.InputsFingerprint"/>
    /// now equals theirs; else <see cref="DiagnosticCodes.ShardProjectDiffers"/>.
    /// </summary>
    /// <param name="projectRoot">The merge's project.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <returns>True when they match.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public bool MatchesProject(string projectRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (ShardManifest.InputsFingerprint(projectRoot) == First.Fingerprint)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ShardProjectDiffers, $"the shards were built from other inputs than {projectRoot} (its data, templates, settings or notes differ), or by another ReportGen ({First.Tool}, this is {ShardManifest.ToolVersion}): merge in the checkout the shards were built from", Where(Shards[0].Folder));
        return false;
    }

    /// <summary>
    /// The rendering of every planned edition, read from the shard that owns it: each edition of <paramref name="plan"/> must
    /// be listed by exactly one shard, the one its key hashes to, under the cache key this project gives it, and every
    /// shard must have planned the same editions (<see cref="DiagnosticCodes.ShardPlanMismatch"/>); each rendering must read
    /// back with its proof (<see cref="DiagnosticCodes.ShardEntryBad"/>). The warnings each edition had when its shard rendered
    /// it go to <paramref name="diagnostics"/>, as a single build reports them.
    /// </summary>
    /// <param name="options">The merge's options (after <see cref="ShardManifest.ApplyTo"/>), for the editions' cache keys.</param>
    /// <param name="plan">The editions the merge planned, in plan order.</param>
    /// <param name="pages">The security pages of the whole plan (ticker links), part of each edition's cache key.</param>
    /// <param name="diagnostics">Receives errors and the editions' warnings.</param>
    /// <returns>The renderings in plan order, or null on any error.</returns>
    /// <exception cref="IOException">An input cannot be read.</exception>
    public IReadOnlyList<RenderedEdition>? Renderings(BuildOptions options, IReadOnlyList<Edition> plan, SecurityPages pages, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var planKeys = plan.Select(e => e.Key).ToList();
        foreach (var (folder, manifest) in Shards.Where(s => !s.Manifest.Plan.SequenceEqual(planKeys, StringComparer.Ordinal)))
        {
            var missing = planKeys.Except(manifest.Plan, StringComparer.Ordinal).Concat(manifest.Plan.Except(planKeys, StringComparer.Ordinal)).Take(3);
            diagnostics.Error(DiagnosticCodes.ShardPlanMismatch, string.Create(CultureInfo.InvariantCulture, $"shard {manifest.Shard}/{manifest.Of} planned {manifest.Plan.Count} edition(s), the project plans {planKeys.Count} (differing: {string.Join(", ", missing)}); build the shards and merge from the same project"), Where(folder));
        }

        var owners = new Dictionary<string, (int Shard, ShardEntry Entry)>(StringComparer.Ordinal);
        foreach (var (folder, manifest) in Shards)
        {
            foreach (var entry in manifest.Editions)
            {
                if (ShardSpec.ShareOf(entry.Edition, manifest.Of) != manifest.Shard)
                {
                    diagnostics.Error(DiagnosticCodes.ShardPlanMismatch, string.Create(CultureInfo.InvariantCulture, $"shard {manifest.Shard}/{manifest.Of} holds {entry.Edition}, which is shard {ShardSpec.ShareOf(entry.Edition, manifest.Of)}'s"), Where(folder));
                }
                else if (!owners.TryAdd(entry.Edition, (manifest.Shard, entry)))
                {
                    diagnostics.Error(DiagnosticCodes.ShardPlanMismatch, $"{entry.Edition} is listed twice", Where(folder));
                }
            }
        }

        foreach (var key in planKeys.Where(k => !owners.ContainsKey(k)))
        {
            diagnostics.Error(DiagnosticCodes.ShardPlanMismatch, string.Create(CultureInfo.InvariantCulture, $"{key} is planned but in no shard (it is shard {ShardSpec.ShareOf(key, First.Of)}'s)"), Where(Shards[ShardSpec.ShareOf(key, First.Of)].Folder));
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var cacheKeys = EditionKeys.Compute(options, plan, pages);
        var caches = Shards.Select(s => Directory.Exists(Path.Combine(s.Folder, EditionCache.EntriesFolder)) ? new EditionCache(s.Folder) : null).ToArray();
        var rendered = new RenderedEdition?[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            var (shard, entry) = owners[planKeys[i]];
            var folder = Shards[shard].Folder;
            if (entry.Entry != cacheKeys[i])
            {
                diagnostics.Error(DiagnosticCodes.ShardEntryBad, $"{entry.Edition} was rendered from other inputs than this project gives it (cache key {entry.Entry[..Math.Min(12, entry.Entry.Length)]}..., expected {cacheKeys[i][..12]}...)", Where(folder));
                continue;
            }

            var own = new DiagnosticBag();
            rendered[i] = caches[shard]?.TryGet(entry.Entry, plan[i], own);
            if (rendered[i] is null)
            {
                diagnostics.Error(DiagnosticCodes.ShardEntryBad, $"the rendering of {entry.Edition} ({EditionCache.EntriesFolder}/{entry.Entry}.json) is missing or damaged (its proof line does not match its content); build shard {shard}/{First.Of} again", Where(folder));
                continue;
            }

            foreach (var d in own.Sorted())
            {
                diagnostics.Add(d);
            }
        }

        return diagnostics.HasErrors ? null : [.. rendered.Select(r => r!)];
    }

    /// <summary>
    /// The files of shard folder: its manifest, the marker that lets a later build replace the folder, and each of its
    /// editions as an <see cref="EditionCache"/> entry.
    /// </summary>
    /// <param name="manifest">The shard's manifest; its <see cref="ShardManifest.Editions"/> name the entries.</param>
    /// <param name="rendered">The shard's renderings, in the order of the manifest's editions.</param>
    /// <param name="warnings">Each rendering's warnings, in the same order.</param>
    /// <returns>The folder's files.</returns>
    public static SiteFileSet Files(ShardManifest manifest, IReadOnlyList<RenderedEdition> rendered, IReadOnlyList<IReadOnlyList<Diagnostic>> warnings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(warnings);
        var files = new SiteFileSet();
        files.Add(ShardManifest.FileName, manifest.ToBytes());
        files.AddText(OutputGuard.MarkerFile, OutputGuard.MarkerText);
        for (var i = 0; i < rendered.Count; i++)
        {
            var key = manifest.Editions[i].Entry;
            files.Add($"{EditionCache.EntriesFolder}/{key}.json", EditionCache.EntryBytes(key, rendered[i], warnings[i]));
        }

        return files;
    }

    private static ShardManifest? ReadManifest(string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, ShardManifest.FileName);
        ShardManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ShardManifest>(File.ReadAllBytes(path), ShardManifest.Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ShardUnreadable, $"{folder} is not a shard folder: {ShardManifest.FileName} cannot be read ({e.Message}); give the folders written by build --shard i/n --out FOLDER", Where(folder));
            return null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.ShardUnreadable, $"{ShardManifest.FileName} is not a shard manifest ({e.Message})", Where(folder));
            return null;
        }

        if (manifest is not { Format: ShardManifest.CurrentFormat, Tool: not null, Fingerprint: not null, Plan: not null, Editions: not null }
            || manifest.Of < 1 || manifest.Shard < 0 || manifest.Shard >= manifest.Of
            || manifest.Plan.Any(p => p is null) || manifest.Editions.Any(e => e?.Edition is null || e.Entry is null || e.Entry.Length != 64 || !e.Entry.All(char.IsAsciiHexDigitLower)))
        {
            diagnostics.Error(DiagnosticCodes.ShardUnreadable, $"{ShardManifest.FileName} is not a manifest of the form {ShardManifest.CurrentFormat} this ReportGen writes (another version, or edited); build the shard again with this ReportGen", Where(folder));
            return null;
        }

        return manifest;
    }

    private static SourceLocation Where(string folder) => SourceLocation.File(Path.Combine(folder, ShardManifest.FileName).Replace('\\', '/'));
}
