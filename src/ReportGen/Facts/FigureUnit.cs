// FigureUnit and ChartUnit are now the one unit type, ReportGen.Metrics.Catalogue.MetricUnit (same member names, so
// figures.csv and reportgen metrics print the same units). This alias keeps src/ReportGen/Text/Functions/TemplateFunctions.cs
// compiling while it is being split elsewhere; once that lands, rename FigureUnit to MetricUnit there and delete this file.
global using FigureUnit = ReportGen.Metrics.Catalogue.MetricUnit;
