using CoursePlatform.Content.Course;
using CoursePlatform.Content.Grading;
using CoursePlatform.Content.Problems;

namespace CoursePlatform.Web.Problems;

/// <summary>The practice problems of the content folder and their grader, reloaded with the rest of the content.</summary>
public sealed class ProblemStore : IDisposable
{
    private readonly ContentStore _content;
    private volatile Loaded? _loaded;

    public ProblemStore(ContentStore content)
    {
        _content = content;
        _content.Reloaded += OnReloaded;
    }

    public ProblemSet Set => Current.Set;

    public Grader Grader => Current.Grader;

    public Problem? Find(string id) => Set.Find(id);

    /// <summary>Problems that belong to a lesson, in folder order.</summary>
    public IReadOnlyList<Problem> ForLesson(string lesson) =>
        [.. Set.Problems.Where(p => string.Equals(p.Lesson, lesson, StringComparison.Ordinal))];

    public void Dispose() => _content.Reloaded -= OnReloaded;

    private Loaded Current => _loaded ??= Load();

    private void OnReloaded(ContentSnapshot snapshot) => _loaded = null;

    private Loaded Load()
    {
        var set = Directory.Exists(_content.RootPath)
            ? ContentValidator.LoadProblems(_content.RootPath)
            : new ProblemSet([], BaseImageCatalog.Empty, []);
        return new Loaded(set, new Grader(set.Catalog));
    }

    private sealed record Loaded(ProblemSet Set, Grader Grader);
}
