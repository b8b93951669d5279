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

    /// <summary>
    /// Every content check of platform.md section 2 over the loaded content (references pass, known mistakes fail as
    /// their expected.yaml says, links resolve), run once per content version, for the instructor dashboard.
    /// </summary>
    public IReadOnlyList<ContentError> Validation => Current.Validation.Value;

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
        var snapshot = _content.Current;
        var validation = new Lazy<IReadOnlyList<ContentError>>(() =>
        {
            var errors = new List<ContentError>(snapshot.Errors);
            errors.AddRange(set.Errors);
            ContentValidator.ValidateProblems(set, snapshot.Course, errors);
            return errors;
        });
        return new Loaded(set, new Grader(set.Catalog), validation);
    }

    private sealed record Loaded(ProblemSet Set, Grader Grader, Lazy<IReadOnlyList<ContentError>> Validation);
}
