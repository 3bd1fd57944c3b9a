using ReportGen.TestKit;

namespace ReportGen.Tests.Site;

/// <summary>
/// The test classes that read the sample site as <see cref="SampleSiteFixture"/> builds it (drafts, <see
/// cref="SampleSiteFixture.BaseUrl"/>): one build shared by all of them instead of one per class. The sample is the
/// largest build of the suite (every edition and tear sheet), so each extra copy cost the CI run a minute under load.
/// The classes only read the site.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteGroup : ICollectionFixture<SampleSiteFixture>
{
    /// <summary>The collection's name, for <c>[Collection(SampleSiteGroup.Name)]</c>.</summary>
    public const string Name = "sample site, built once";
}
