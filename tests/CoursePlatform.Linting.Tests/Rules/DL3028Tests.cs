using CoursePlatform.Linting.Tests.Support;

namespace CoursePlatform.Linting.Tests.Rules;

public class DL3028Tests
{
    [Theory]
    [InlineData("RUN gem install bundler")]
    [InlineData("RUN gem i rails")]
    [InlineData("RUN gem install bundler:2.0 rails")]
    [InlineData("RUN gem install --no-document rails rake")]
    [InlineData("RUN gem install nokogiri -- --use-system-libraries")]
    [InlineData("RUN bundle install && gem install rake")]
    [InlineData("ONBUILD RUN gem install bundler")]
    public void Fires_on_gems_without_a_version(string run) => Lint.Fires("DL3028", "FROM ruby:3.3\n" + run);

    [Theory]
    [InlineData("RUN gem install bundler:2.0")]
    [InlineData("RUN gem install bundler -v 2.0")]
    [InlineData("RUN gem install bundler --version 2.0")]
    [InlineData("RUN gem install bundler --version=2.0")]
    [InlineData("RUN gem install -N rails")]
    [InlineData("RUN gem install nokogiri:1.16.0 -- --use-system-libraries true")]
    [InlineData("RUN gem install rails:7.1.3 -- nokogiri")]
    [InlineData("RUN gem update rails")]
    [InlineData("RUN gem list")]
    [InlineData("RUN echo gem install rails")]
    public void Passes_on_pinned_gems_and_version_options(string run) => Lint.Passes("DL3028", "FROM ruby:3.3\n" + run);
}
