namespace ReportGen.Site;

/// <summary>
/// Thrown by a publishing build before it reads or writes anything when its output folder may not be used (see
/// <see cref="OutputGuard.Check"/>); the command line reports it as a usage error, <c>RG5010</c>, exit code 2.
/// </summary>
public sealed class OutputRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputRefusedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the folder was refused, naming it.</param>
    public OutputRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the folder was refused.</param>
    /// <param name="innerException">The cause.</param>
    public OutputRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
