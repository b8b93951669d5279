using CoursePlatform.Content.Course;
using CoursePlatform.Content.Markdown;
using CoursePlatform.Content.Tests.Support;

namespace CoursePlatform.Content.Tests;

public class ContentStoreTests
{
    [Fact]
    public async Task A_changed_file_is_picked_up_without_a_restart()
    {
        using var content = TempContent.Valid();
        using var store = new ContentStore(content.Root, CourseMarkdown.Default, watch: true);
        var reloaded = new TaskCompletionSource<ContentSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += snapshot =>
        {
            if (snapshot.Course.Find("two")?.Title == "Renamed")
            {
                reloaded.TrySetResult(snapshot);
            }
        };

        content.Write("lessons/two.md", TempContent.Lesson("two", "Renamed"));

        var snapshot = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(snapshot, store.Current);
    }

    [Fact]
    public void Reload_reports_a_broken_file_and_keeps_serving_the_good_one()
    {
        using var content = TempContent.Valid();
        using var store = new ContentStore(content.Root, CourseMarkdown.Default, watch: false);
        var good = store.Current.Course.Find("one");

        content.Write("lessons/one.md", "---\nid: one\n---\n");
        var snapshot = store.Reload();

        Assert.NotEmpty(snapshot.Errors);
        Assert.Same(good, snapshot.Course.Find("one"));
    }
}
