using System.Text;
using ReportGen.Charts;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Facts;
using ReportGen.Pipeline;
using ReportGen.Planning;
using ReportGen.Project;
using ReportGen.Text;

namespace ReportGen.Tests.Data;

/// <summary>
/// A throw-away project folder built from inline <c>-- path --</c> blocks (Hugo's txtar idea). Files not given get defaults:
/// a sources.yml covering every data location (as_of 2026-01-09) and a securities.csv with NVDA, AMD, SPY, SMH and ^SPX.
/// </summary>
internal sealed class DataFixture : IDisposable
{
    public const string DefaultSources = """
        datasets:
          - id: test
            title: Test data
            files: [securities.csv, universes.csv, events.csv, prices/*.csv, prices/*/*.csv, dividends/*.csv, fundamentals/*.csv, funds/*.csv, funds/overviews/*.csv, misc/*.csv]
            supplier: Test supplier
            citation: Test
            origin: this repository
            licence: none
            retrieved: 2026-11-23
            as_of: 2026-01-09

        """;

    public const string DefaultSecurities = """
        ticker,name,kind,sector,industry
        NVDA,Nvidia,stock,Information Technology,Semiconductors
        AMD,Advanced Micro Devices,stock,Information Technology,Semiconductors
        SPY,SPDR S&P 500 ETF Trust,etf,,
        SMH,VanEck Semiconductor ETF,etf,,
        ^SPX,S&P 500 Index,index,,

        """;

    private DataFixture(string root) => Root = root;

    /// <summary>The project folder (holding data/).</summary>
    public string Root { get; }

    /// <summary>Creates a project from <paramref name="txtar"/>: lines <c>-- data/x.csv --</c> start a file, text up to the next
    /// marker is its content (LF line ends, as written).</summary>
    public static DataFixture Create(string txtar)
    {
        var files = Parse(txtar);
        files.TryAdd("data/sources.yml", Encoding.UTF8.GetBytes(DefaultSources));
        files.TryAdd("data/securities.csv", Encoding.UTF8.GetBytes(DefaultSecurities));
        return FromBytes(files);
    }

    /// <summary>Creates a project from exact file bytes; no defaults are added.</summary>
    public static DataFixture FromBytes(IReadOnlyDictionary<string, byte[]> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-data-tests", Guid.NewGuid().ToString("N"));
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Directory.CreateDirectory(Path.Combine(root, "data"));
        return new DataFixture(root);
    }

    /// <summary>Splits txtar text into files.</summary>
    public static Dictionary<string, byte[]> Parse(string txtar)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in txtar.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush();
                path = line[3..^3];
                content.Clear();
                continue;
            }

            content.Append(line).Append('\n');
        }

        Flush();
        return files;

        void Flush()
        {
            if (path is not null)
            {
                files[path] = Encoding.UTF8.GetBytes(content.ToString().TrimEnd('\n') + "\n");
            }
        }
    }

    /// <summary>Runs <see cref="LoadData"/> on the project.</summary>
    public (MarketData Data, DiagnosticBag Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        var data = LoadData.Run(Root, diagnostics);
        return (data, diagnostics);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
