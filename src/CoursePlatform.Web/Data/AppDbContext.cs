using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoursePlatform.Web.Data;

/// <summary>
/// The app's database (SQLite by default): Identity's accounts and roles, plus every learner's progress.
/// Components and services use <c>IDbContextFactory&lt;AppDbContext&gt;</c>. Learner rows are keyed by a
/// <see cref="Learning.LearnerKey"/> string, so a guest's rows can be handed to an account when the guest signs up.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public const int LearnerIdLength = 64;
    public const int ProblemIdLength = 128;

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<ProblemProgress> ProblemProgress => Set<ProblemProgress>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<LessonProgress>(entity =>
        {
            entity.HasIndex(p => new { p.LearnerId, p.LessonId }).IsUnique();
            entity.Property(p => p.LearnerId).HasMaxLength(LearnerIdLength);
            entity.Property(p => p.LessonId).HasMaxLength(ProblemIdLength);
        });

        builder.Entity<Draft>(entity =>
        {
            entity.HasIndex(d => new { d.LearnerId, d.ProblemId }).IsUnique();
            entity.Property(d => d.LearnerId).HasMaxLength(LearnerIdLength);
            entity.Property(d => d.ProblemId).HasMaxLength(ProblemIdLength);
        });

        builder.Entity<Attempt>(entity =>
        {
            entity.HasIndex(a => new { a.LearnerId, a.ProblemId, a.SubmittedAt });
            entity.HasIndex(a => a.PublicId).IsUnique();
            entity.Property(a => a.LearnerId).HasMaxLength(LearnerIdLength);
            entity.Property(a => a.ProblemId).HasMaxLength(ProblemIdLength);
            entity.Property(a => a.EngineVersion).HasMaxLength(64);
            entity.Property(a => a.Phase).HasMaxLength(16);
            entity.OwnsMany(a => a.Checks, check =>
            {
                check.ToTable("AttemptChecks");
                check.WithOwner().HasForeignKey("AttemptId");
                check.Property<int>("Id");
                check.HasKey("Id");
                check.Property(c => c.CheckId).HasMaxLength(ProblemIdLength);
                check.Property(c => c.Tier).HasMaxLength(16);
            });
        });

        builder.Entity<ProblemProgress>(entity =>
        {
            entity.HasIndex(p => new { p.LearnerId, p.ProblemId }).IsUnique();
            entity.Property(p => p.LearnerId).HasMaxLength(LearnerIdLength);
            entity.Property(p => p.ProblemId).HasMaxLength(ProblemIdLength);
        });
    }

    /// <summary>SQLite cannot order or compare DateTimeOffset columns: store them as UTC ticks with the offset.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    /// <summary>Attempts are immutable: only their owner may change (a guest's attempts passing to their new account).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAttempts();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAttempts();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardAttempts()
    {
        foreach (var entry in ChangeTracker.Entries<Attempt>())
        {
            if (entry.State == EntityState.Deleted)
            {
                throw new InvalidOperationException($"Attempt {entry.Entity.PublicId} is immutable and cannot be deleted.");
            }
            if (entry.State == EntityState.Modified
                && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Attempt.LearnerId)))
            {
                throw new InvalidOperationException($"Attempt {entry.Entity.PublicId} is immutable; only its owner can change.");
            }
        }
    }
}
