using CoursePlatform.Content.Markdown;

namespace CoursePlatform.Content.Course;

/// <summary>
/// Holds the content being served and reloads it when files under the root change (when watching).
/// Readers always see one whole snapshot; a reload never blocks them.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly CourseMarkdown _markdown;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly Lock _reloadLock = new();
    private volatile ContentSnapshot _current;

    public ContentStore(string rootPath, CourseMarkdown markdown, bool watch)
    {
        RootPath = Path.GetFullPath(rootPath);
        _markdown = markdown;
        _current = CourseLoader.Load(RootPath, markdown);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        if (watch && Directory.Exists(RootPath))
        {
            _watcher = new FileSystemWatcher(RootPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnFileEvent;
            _watcher.Created += OnFileEvent;
            _watcher.Deleted += OnFileEvent;
            _watcher.Renamed += OnFileEvent;
            _watcher.EnableRaisingEvents = true;
        }
    }

    public string RootPath { get; }

    public ContentSnapshot Current => _current;

    /// <summary>Raised after every reload, with the new snapshot (also when only the errors changed).</summary>
    public event Action<ContentSnapshot>? Reloaded;

    /// <summary>Loads the content again now; files that fail keep their last good version.</summary>
    public ContentSnapshot Reload()
    {
        ContentSnapshot snapshot;
        lock (_reloadLock)
        {
            snapshot = CourseLoader.Load(RootPath, _markdown, _current);
            _current = snapshot;
        }
        Reloaded?.Invoke(snapshot);
        return snapshot;
    }

    // Editors write a file in several steps; wait until the events settle before reading.
    private void OnFileEvent(object sender, FileSystemEventArgs e) => _debounce.Change(200, Timeout.Infinite);

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
