package io.github.sparkactivations.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SQL function as users see it: {@code name(x [, parameters...] [, choice])}.
 *
 * <p>Arguments come in this order: the input {@code x}, then the numeric {@link #parameters()},
 * then the {@link #choice()} if there is one. Trailing arguments may be left out for their
 * defaults. Each value of the choice selects a {@link Form}; without a choice there is one form.
 */
public final class SqlFunction {

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final Choice choice;
    private final Map<String, Form> forms;
    private final String note;
    private final List<Example> examples;
    private final String seeAlso;

    SqlFunction(String name, String description, List<Parameter> parameters, Choice choice,
                Map<String, Form> forms, String note, List<Example> examples, String seeAlso) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.choice = choice;
        this.forms = new LinkedHashMap<>(forms);
        this.note = note;
        this.examples = List.copyOf(examples);
        this.seeAlso = seeAlso;
        for (Form form : forms.values()) {
            if (form.kernel().parameterCount() != parameters.size()) {
                throw new IllegalArgumentException(name + ": kernel takes " + form.kernel().parameterCount()
                        + " parameters, catalog declares " + parameters.size());
            }
        }
    }

    public String name() {
        return name;
    }

    /** One sentence: what the function computes. */
    public String description() {
        return description;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Choice> choice() {
        return Optional.ofNullable(choice);
    }

    /** Every form, keyed by the choice value that selects it ({@code ""} when there is no choice). */
    public Map<String, Form> forms() {
        return Collections.unmodifiableMap(forms);
    }

    /** The form a choice value selects; {@code null} selects the default. */
    public Form form(String choiceValue) {
        if (choice == null) {
            return forms.get("");
        }
        Form form = forms.get(choiceValue == null ? choice.defaultValue() : choiceValue);
        if (form == null) {
            throw new IllegalArgumentException(choiceViolation(choiceValue));
        }
        return form;
    }

    /** The conventions worth knowing: values at kinks, limits, what PyTorch does. Empty if none. */
    public String note() {
        return note;
    }

    /** Calls with the exact result Spark prints; the first shows the defaults. */
    public List<Example> examples() {
        return examples;
    }

    /** The related function: the derivative of an activation, or the activation of a derivative. */
    public String seeAlso() {
        return seeAlso;
    }

    /**
     * Checks a value for the numeric parameter at {@code index}; the message names the function, the
     * parameter and its allowed range.
     */
    public Optional<String> rangeViolation(int index, double value) {
        Parameter p = parameters.get(index);
        if (p.range().contains(value)) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + p.name() + " = " + value + " is outside its allowed range " + p.range());
    }

    /** The message for a choice value that is not one of the allowed ones. */
    public String choiceViolation(String value) {
        return name + ": " + choice.name() + " = '" + value + "' is not one of "
                + String.join(", ", choice.values().stream().map(v -> "'" + v + "'").toList());
    }

    /** Fewest arguments a call takes: just {@code x}. */
    public int minArguments() {
        return 1;
    }

    /** Most arguments a call takes: {@code x}, every parameter, and the choice. */
    public int maxArguments() {
        return 1 + parameters.size() + (choice == null ? 0 : 1);
    }

    /** Names of every argument in call order, {@code x} first. */
    public List<String> argumentNames() {
        List<String> names = new ArrayList<>();
        names.add("x");
        parameters.forEach(p -> names.add(p.name()));
        if (choice != null) {
            names.add(choice.name());
        }
        return names;
    }

    /** The call with its optional arguments in brackets, such as {@code gelu(x [, approximate])}. */
    public String signature() {
        List<String> names = argumentNames();
        StringBuilder sb = new StringBuilder(name).append("(x");
        for (int i = 1; i < names.size(); i++) {
            sb.append(" [, ").append(names.get(i));
        }
        sb.append("]".repeat(names.size() - 1)).append(")");
        return sb.toString();
    }

    @Override
    public String toString() {
        return signature();
    }
}
