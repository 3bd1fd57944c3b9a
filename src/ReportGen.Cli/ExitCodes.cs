namespace ReportGen.Cli;

/// <summary>Process exit codes, documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Errors in the input (data, templates, settings); nothing was written.</summary>
    public const int InputErrors = 1;

    /// <summary>Bad command line.</summary>
    public const int Usage = 2;

    /// <summary>A bug in ReportGen (an unexpected exception).</summary>
    public const int Internal = 3;
}
