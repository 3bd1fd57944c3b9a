using DuckDB.NET.Data;

namespace ReportGen.Timing;

/// <summary>Writes the generated prices as one long Parquet file (ticker, date, adj_close), ordered by ticker then date,
/// through DuckDB's appender and <c>COPY … (FORMAT parquet)</c>: the columnar form of data/prices/adjusted/*.csv.</summary>
public static class ParquetPrices
{
    public static void Write(string path, IReadOnlyList<string> tickers, IReadOnlyList<DateOnly> days)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE prices (ticker VARCHAR NOT NULL, date DATE NOT NULL, adj_close DOUBLE NOT NULL)";
            create.ExecuteNonQuery();
        }

        var order = tickers.Select((t, i) => (t, i)).OrderBy(p => p.t, StringComparer.Ordinal).ToList();
        using (var appender = connection.CreateAppender("prices"))
        {
            // Walks are computed in parallel a batch at a time, appended in ticker order.
            foreach (var batch in order.Chunk(256))
            {
                var walks = new double[batch.Length][];
                Parallel.For(0, batch.Length, k => walks[k] = ScaleProject.Walk(batch[k].i, days.Count));
                for (var k = 0; k < batch.Length; k++)
                {
                    for (var t = 0; t < days.Count; t++)
                    {
                        appender.CreateRow().AppendValue(batch[k].t).AppendValue(days[t]).AppendValue(walks[k][t]).EndRow();
                    }
                }
            }
        }

        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY prices TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1048576)";
        copy.ExecuteNonQuery();
    }
}
