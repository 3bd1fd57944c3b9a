using ReportGen.Project;

namespace ReportGen.Tests.Planning;

/// <summary>One type owns every path of a project.</summary>
public sealed class ProjectLayoutTests
{
    [Fact]
    public void Full_JoinsTheRootAndAProjectRelativePath()
    {
        // Arrange
        var layout = new ProjectLayout("/p");

        // Act / Assert
        Assert.Equal(Path.Combine("/p", "data", "sources.yml"), layout.Full(ProjectLayout.SourcesFile));
        Assert.Equal(Path.Combine("/p", "templates", "partials"), layout.Partials);
        Assert.Equal(Path.Combine("/p", ".reportgen-cache"), layout.DefaultCache);
        Assert.Equal(Path.Combine("/p", "site"), layout.DefaultOutput);
    }

    [Fact]
    public void TemplatePaths_NameTheFileOfALayoutPartialOrReport()
    {
        // Act / Assert
        Assert.Equal("templates/layouts/edition.sbn-html", ProjectLayout.Layout("edition"));
        Assert.Equal("templates/partials/figure.sbn-html", ProjectLayout.Partial("figure"));
        Assert.Equal("templates/reports/ai-equities.sbn-md", ProjectLayout.Report("ai-equities"));
        Assert.Equal("notes/ai-equities/2026-Q2.md", ProjectLayout.Note("ai-equities", "2026-Q2"));
    }

    [Theory]
    [InlineData("reportgen.yml", true)]
    [InlineData("data", true)]
    [InlineData("data/prices/adjusted/SPY.csv", true)]
    [InlineData("templates/layouts/base.sbn-html", true)]
    [InlineData("database/x.csv", false)]
    [InlineData("site/index.html", false)]
    [InlineData("notes/ai-equities/2026-Q2.md", true)]
    [InlineData("reportgen.yml.bak", false)]
    public void IsInput_IsTrueForWhatABuildReads(string path, bool expected)
    {
        // Act
        var input = ProjectLayout.IsInput(path);

        // Assert
        Assert.Equal(expected, input);
    }

    [Fact]
    public void Constructor_BlankRoot_Throws()
    {
        // Act / Assert
        Assert.Throws<ArgumentException>(() => new ProjectLayout(" "));
    }
}
