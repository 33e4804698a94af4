package io.github.sparkactivations.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SQL function as users see it: {@code name(x [, parameters...] [, choice [, seed]])}.
 *
 * <p>Arguments come in this order: the input {@code x}, the numeric {@link #parameters()} (required
 * ones first), the {@link #choice()} if there is one, and a {@code seed} if a form is random.
 * Trailing optional arguments may be left out for their defaults. Each value of the choice selects a
 * {@link Form}; without a choice there is one form, keyed {@code ""}.
 */
public final class SqlFunction implements java.io.Serializable {

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final List<Order> orders;
    private final Choice choice;
    private final Map<String, Form> forms;
    private final String note;
    private final List<Example> examples;
    private final String seeAlso;

    SqlFunction(String name, String description, List<Parameter> parameters, List<Order> orders, Choice choice,
                Map<String, Form> forms, String note, List<Example> examples, String seeAlso) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.orders = List.copyOf(orders);
        this.choice = choice;
        this.forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        this.note = note;
        this.examples = List.copyOf(examples);
        this.seeAlso = seeAlso;
        for (Form form : forms.values()) {
            int expected = parameters.size() + (form.random() ? 1 : 0);
            if (form.kernel().parameterCount() != expected) {
                throw new IllegalArgumentException(name + ": kernel takes " + form.kernel().parameterCount()
                        + " arguments after x, catalog declares " + expected);
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

    /** Index of the parameter named {@code parameterName}. */
    public int parameterIndex(String parameterName) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(parameterName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no parameter " + parameterName);
    }

    /** Constraints between parameters, such as {@code min_val <= max_val}. */
    public List<Order> orders() {
        return orders;
    }

    public Optional<Choice> choice() {
        return Optional.ofNullable(choice);
    }

    /** Every form, keyed by the choice value that selects it ({@code ""} when there is no choice). */
    public Map<String, Form> forms() {
        return forms;
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

    /** Whether a form draws random numbers, so that calls may end with a seed. */
    public boolean seeded() {
        return forms.values().stream().anyMatch(Form::random);
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
        return p.range().violation(name, p.name(), value);
    }

    /** Checks the {@link #orders()} for parameter values in catalog order. */
    public Optional<String> orderViolation(double[] values) {
        for (Order o : orders) {
            double lower = values[parameterIndex(o.lower())];
            double upper = values[parameterIndex(o.upper())];
            if (!(lower <= upper)) {
                return Optional.of(name + ": " + o.lower() + " = " + lower + " must be <= " + o.upper() + " = " + upper);
            }
        }
        return Optional.empty();
    }

    /** The message for a choice value that is not one of the allowed ones. */
    public String choiceViolation(String value) {
        return name + ": " + choice.name() + " = " + (value == null ? "NULL" : choice.sql(value)) + " is not one of "
                + String.join(", ", choice.values().stream().map(choice::sql).toList());
    }

    /** Fewest arguments a call takes: {@code x} and the required parameters. */
    public int minArguments() {
        return 1 + (int) parameters.stream().filter(Parameter::required).count();
    }

    /** Most arguments a call takes: {@code x}, every parameter, the choice, and a seed. */
    public int maxArguments() {
        return argumentNames().size();
    }

    /** Names of every argument in call order, {@code x} first. */
    public List<String> argumentNames() {
        List<String> names = new ArrayList<>();
        names.add("x");
        parameters.forEach(p -> names.add(p.name()));
        if (choice != null) {
            names.add(choice.name());
        }
        if (seeded()) {
            names.add("seed");
        }
        return names;
    }

    /** The call with its optional arguments in brackets, such as {@code gelu(x [, approximate])}. */
    public String signature() {
        List<String> names = argumentNames();
        StringBuilder sb = new StringBuilder(name).append("(x");
        int required = minArguments();
        for (int i = 1; i < required; i++) {
            sb.append(", ").append(names.get(i));
        }
        for (int i = required; i < names.size(); i++) {
            sb.append(" [, ").append(names.get(i));
        }
        sb.append("]".repeat(names.size() - required)).append(")");
        return sb.toString();
    }

    @Override
    public String toString() {
        return signature();
    }
}
