using Microsoft.EntityFrameworkCore;

namespace CoursePlatform.Web.Data;

/// <summary>The app's database (SQLite by default). Components use <c>IDbContextFactory&lt;AppDbContext&gt;</c>.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LessonProgress>(entity =>
        {
            entity.HasIndex(p => new { p.LearnerId, p.LessonId }).IsUnique();
            entity.Property(p => p.LearnerId).HasMaxLength(64);
            entity.Property(p => p.LessonId).HasMaxLength(128);
        });
    }
}

/// <summary>How far a learner (a guest key or an account id) got with one lesson.</summary>
public sealed class LessonProgress
{
    public int Id { get; set; }

    public required string LearnerId { get; set; }

    public required string LessonId { get; set; }

    /// <summary>The lesson version the learner last read.</summary>
    public int LessonVersion { get; set; }

    public DateTimeOffset FirstReadAt { get; set; }

    public DateTimeOffset LastReadAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
