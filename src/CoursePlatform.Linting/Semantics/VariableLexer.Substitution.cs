using System.Text;

namespace CoursePlatform.Linting.Semantics;

// The ${...} forms: plain, the :- :+ :? - + ? defaults and errors, # ## % %% trims and / // replacements.
internal partial struct VariableLexer
{
    private string Dollar()
    {
        var start = _pos;
        _pos++;
        if (AtEnd || text[_pos] != '{')
        {
            var name = ReadName();
            if (name.Length == 0)
            {
                return "$";
            }
            var value = Look(name);
            Record(name, start, false, VariableModifier.None, value is not null);
            return value ?? "";
        }
        _pos++;
        if (AtEnd)
        {
            return Fail("syntax error: missing '}'");
        }
        if (text[_pos] is '{' or '}' or ':')
        {
            return Fail("syntax error: bad substitution");
        }
        var braced = ReadName();
        if (braced.Length == 0)
        {
            return Fail("syntax error: bad substitution");
        }
        if (AtEnd)
        {
            return Fail("syntax error: missing '}'");
        }
        var op = text[_pos++];
        switch (op)
        {
            case '}':
            {
                var value = Look(braced);
                Record(braced, start, true, VariableModifier.None, value is not null);
                return value ?? "";
            }
            case ':':
            {
                if (AtEnd)
                {
                    return Fail("syntax error: missing '}'");
                }
                var second = text[_pos++];
                var modifier = second switch
                {
                    '-' => VariableModifier.DefaultIfUnsetOrEmpty,
                    '+' => VariableModifier.AlternativeIfNonEmpty,
                    '?' => VariableModifier.ErrorIfUnsetOrEmpty,
                    _ => VariableModifier.None,
                };
                if (modifier == VariableModifier.None)
                {
                    return Fail($"unsupported modifier (:{second}) in substitution");
                }
                return WithWord(braced, start, modifier);
            }
            case '-':
                return WithWord(braced, start, VariableModifier.DefaultIfUnset);
            case '+':
                return WithWord(braced, start, VariableModifier.AlternativeIfSet);
            case '?':
                return WithWord(braced, start, VariableModifier.ErrorIfUnset);
            case '#':
            case '%':
            {
                var longest = !AtEnd && text[_pos] == op;
                if (longest)
                {
                    _pos++;
                }
                var pattern = ProcessUntil('}', keepEscapes: true, topLevel: false);
                if (_error is not null)
                {
                    return "";
                }
                var value = Look(braced);
                var modifier = op == '#'
                    ? longest ? VariableModifier.RemoveLongestPrefix : VariableModifier.RemoveShortestPrefix
                    : longest ? VariableModifier.RemoveLongestSuffix : VariableModifier.RemoveShortestSuffix;
                Record(braced, start, true, modifier, value is not null);
                return valueNeeded ? ShellPattern.Trim(value ?? "", pattern, op == '#', longest) : "";
            }
            case '/':
            {
                var all = !AtEnd && text[_pos] == '/';
                if (all)
                {
                    _pos++;
                }
                var pattern = ReplacementPattern(out var slash);
                if (_error is not null)
                {
                    return "";
                }
                var replacement = "";
                if (slash)
                {
                    replacement = ProcessUntil('}', keepEscapes: false, topLevel: false);
                    if (_error is not null)
                    {
                        return "";
                    }
                }
                var value = Look(braced);
                Record(braced, start, true, all ? VariableModifier.ReplaceAll : VariableModifier.ReplaceFirst, value is not null);
                return valueNeeded ? ShellPattern.Replace(value ?? "", pattern, replacement, all) : "";
            }
            default:
                return Fail($"unsupported modifier ({op}) in substitution");
        }
    }

    /// <summary>Pattern of <c>${a/pattern/repl}</c>: ends at an unescaped <c>/</c>, or at <c>}</c> (no replacement).</summary>
    private string ReplacementPattern(out bool slash)
    {
        slash = false;
        var result = RentBuilder();
        while (!AtEnd && _error is null)
        {
            var c = text[_pos];
            if (c is '/' or '}')
            {
                _pos++;
                slash = c == '/';
                return Finish(result);
            }
            if (c == '$')
            {
                var part = Dollar();
                result?.Append(part);
            }
            else if (c == '\'' && !skipQuotes)
            {
                var part = SingleQuoted();
                result?.Append(part);
            }
            else if (c == '"' && !skipQuotes)
            {
                var part = DoubleQuoted(keepEscapes: true);
                result?.Append(part);
            }
            else if (c == escape)
            {
                _pos++;
                result?.Append('\\');
                if (!AtEnd)
                {
                    result?.Append(text[_pos]);
                    _pos++;
                }
            }
            else
            {
                _pos++;
                result?.Append(c);
            }
        }
        if (_error is null)
        {
            Fail("syntax error: missing '}'");
        }
        return Finish(result);
    }

    private string WithWord(string name, int start, VariableModifier modifier)
    {
        var word = ProcessUntil('}', keepEscapes: false, topLevel: false);
        if (_error is not null)
        {
            return "";
        }
        var value = Look(name);
        Record(name, start, true, modifier, value is not null);
        var set = value is not null;
        var nonEmpty = !string.IsNullOrEmpty(value);
        switch (modifier)
        {
            case VariableModifier.DefaultIfUnsetOrEmpty:
                return nonEmpty ? value! : word;
            case VariableModifier.DefaultIfUnset:
                return set ? value! : word;
            case VariableModifier.AlternativeIfNonEmpty:
                return nonEmpty ? word : "";
            case VariableModifier.AlternativeIfSet:
                return set ? word : "";
            case VariableModifier.ErrorIfUnsetOrEmpty:
            case VariableModifier.ErrorIfUnset:
                if (!set || modifier == VariableModifier.ErrorIfUnsetOrEmpty && !nonEmpty)
                {
                    if (lenient)
                    {
                        return value ?? "";
                    }
                    var message = word.Length > 0 ? word : set ? "is not allowed to be empty" : "is not allowed to be unset";
                    return Fail($"{name}: {message}");
                }
                return value!;
            default:
                return value ?? "";
        }
    }

}
