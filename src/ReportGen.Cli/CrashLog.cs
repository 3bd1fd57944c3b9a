using System.Globalization;
using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// Where an internal error (<c>RG9001</c>) goes: the console gets one line, and the whole exception with its stack trace,
/// the command line and the version go to a log file under the temporary folder, for a bug report.
/// </summary>
public static class CrashLog
{
    /// <summary>Longest exception message printed on the console; the log has all of it.</summary>
    public const int MaxMessageLength = 200;

    /// <summary>The exception as one console line: its type and message, line breaks folded, at most <see cref="MaxMessageLength"/> characters of message.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>E.g. <c>IOException: No space left on device</c>.</returns>
    public static string OneLine(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = string.Join(' ', exception.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (message.Length > MaxMessageLength)
        {
            message = message[..MaxMessageLength] + "…";
        }

        return $"{exception.GetType().Name}: {message}";
    }

    /// <summary>Writes the crash log and says where it is.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="args">The command line.</param>
    /// <returns><c>crash log: /tmp/reportgen-&lt;user&gt;/crash-20261202-010203-1234.log</c>, or why there is none.</returns>
    public static string Write(Exception exception, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            // One folder per user: another user's folder of the same name may not be writable.
            var folder = Path.Combine(Path.GetTempPath(), $"reportgen-{Environment.UserName}");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}.log"));
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"reportgen {typeof(CrashLog).Assembly.GetName().Version} internal error (RG9001) at {DateTime.UtcNow:O}")
                .AppendLine(CultureInfo.InvariantCulture, $"command line: reportgen {string.Join(' ', args)}")
                .AppendLine(CultureInfo.InvariantCulture, $"working folder: {Environment.CurrentDirectory}")
                .AppendLine()
                .AppendLine(exception.ToString());
            File.WriteAllText(path, text.ToString());
            return $"crash log: {path}";
        }
#pragma warning disable CA1031 // A crash log that cannot be written must not hide the crash itself.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"no crash log: {OneLine(e)}";
        }
    }
}
