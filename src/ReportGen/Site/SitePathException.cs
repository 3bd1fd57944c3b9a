namespace ReportGen.Site;

/// <summary>
/// A file of the site cannot be added at <see cref="SitePath"/>: the path is unsafe, or another output already writes it.
/// Its <see cref="Message"/> is the reason alone (no "(Parameter 'path')" suffix), for a diagnostic.
/// </summary>
public sealed class SitePathException : ArgumentException
{
    private readonly string _reason;

    /// <summary>Creates the exception.</summary>
    public SitePathException()
        : this("the site path cannot be used", string.Empty)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason.</param>
    public SitePathException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public SitePathException(string message, Exception innerException)
        : base(message, "path", innerException)
    {
        _reason = message;
        SitePath = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason, naming the path.</param>
    /// <param name="sitePath">The site-relative path, e.g. <c>faq/x/index.html</c>.</param>
    public SitePathException(string message, string sitePath)
        : base(message, "path")
    {
        _reason = message;
        SitePath = sitePath;
    }

    /// <summary>The site-relative path that could not be added.</summary>
    public string SitePath { get; }

    /// <inheritdoc/>
    public override string Message => _reason;
}
