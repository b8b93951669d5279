namespace CoursePlatform.Linting.Rules.Hadolint;

// The SPDX-typed labels (DL3054) accept the ids below.
internal static partial class LabelSchemaSupport
{
    /// <summary>A single SPDX license id from <see cref="SpdxIds"/> (case-sensitive, no expressions).</summary>
    public static bool IsSpdx(string value) => SpdxIds.Contains(value);

    /// <summary>
    /// Common SPDX license ids (a compact subset of the SPDX License List, including the deprecated
    /// <c>GPL-2.0</c>-style ids that are still widely used). Ids outside this list are reported as unknown.
    /// </summary>
    private static readonly HashSet<string> SpdxIds = new(StringComparer.Ordinal)
    {
        "0BSD", "AFL-3.0", "AGPL-1.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1",
        "Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "Beerware", "BlueOak-1.0.0", "BSD-1-Clause",
        "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0",
        "BUSL-1.1", "bzip2-1.0.6", "CAL-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0",
        "CC-BY-NC-4.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0",
        "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CECILL-2.1", "CPL-1.0", "ECL-2.0", "EFL-2.0", "Elastic-2.0",
        "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "FSFAP", "FTL", "GFDL-1.3-only", "GFDL-1.3-or-later",
        "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0",
        "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IJG", "Imlib2", "IPL-1.0", "ISC", "LGPL-2.0",
        "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0",
        "LGPL-3.0-only", "LGPL-3.0-or-later", "Libpng", "libtiff", "LPL-1.02", "LPPL-1.3c", "MirOS", "MIT",
        "MIT-0", "MIT-CMU", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL",
        "MulanPSL-2.0", "NCSA", "NTP", "ODbL-1.0", "OFL-1.1", "OpenSSL", "OSL-3.0", "PHP-3.0", "PHP-3.01",
        "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "SISSL", "Sleepycat", "SSPL-1.0", "Unicode-3.0",
        "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "X11", "XFree86-1.1", "Zlib",
        "ZPL-2.0", "ZPL-2.1",
    };
}
