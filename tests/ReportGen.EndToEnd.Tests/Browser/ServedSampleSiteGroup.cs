namespace ReportGen.EndToEnd.Tests.Browser;

/// <summary>
/// The browser test classes that read the served sample site (<see cref="ServedSampleSiteFixture"/>): one build, one
/// server and one Chromium for all of them instead of one per class (each sample build cost the CI run about a minute).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServedSampleSiteGroup : ICollectionFixture<ServedSampleSiteFixture>
{
    /// <summary>The collection's name, for <c>[Collection(ServedSampleSiteGroup.Name)]</c>.</summary>
    public const string Name = "served sample site";
}
