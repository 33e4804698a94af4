package io.github.sparkactivations.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog entry: an activation and its derivative, which become two SQL functions,
 * {@code name} and {@code name_grad}, sharing parameters and choice.
 */
public record Activation(SqlFunction function, SqlFunction derivative) {

    /** Starts an entry for the SQL function {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Fluent description of one entry; see {@link Catalog} for how entries read. */
    public static final class Builder {
        private final String name;
        private String description;
        private final List<Parameter> parameters = new ArrayList<>();
        private Choice choice;
        private final Map<String, Form> forms = new LinkedHashMap<>();
        private final Map<String, Form> derivatives = new LinkedHashMap<>();
        private String note = "";
        private String derivativeNote = "";
        private final List<Example> examples = new ArrayList<>();
        private final List<Example> derivativeExamples = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        public Builder parameter(String paramName, double defaultValue, Range range, String meaning) {
            parameters.add(new Parameter(paramName, defaultValue, range, meaning));
            return this;
        }

        /** A literal string parameter; {@code values[0]} is its default. Add one {@link #form} per value. */
        public Builder choice(String choiceName, String meaning, String... values) {
            this.choice = new Choice(choiceName, List.of(values), meaning);
            return this;
        }

        /** The only form of a function without a choice, and its derivative: {@code f(x)}. */
        public Builder formula(String formula, Kernel.Unary kernel, String derivativeFormula, Kernel.Unary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative);
        }

        /** As {@link #formula(String, Kernel.Unary, String, Kernel.Unary)}, for {@code f(x, a)}. */
        public Builder formula(String formula, Kernel.Binary kernel, String derivativeFormula, Kernel.Binary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative);
        }

        /** As {@link #formula(String, Kernel.Unary, String, Kernel.Unary)}, for {@code f(x, a, b)}. */
        public Builder formula(String formula, Kernel.Ternary kernel, String derivativeFormula,
                               Kernel.Ternary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative);
        }

        /** The form selected by {@code choiceValue}, and its derivative: {@code f(x)}. */
        public Builder form(String choiceValue, String formula, Kernel.Unary kernel,
                            String derivativeFormula, Kernel.Unary derivative) {
            return addForm(choiceValue, formula, kernel, derivativeFormula, derivative);
        }

        private Builder addForm(String choiceValue, String formula, Kernel kernel,
                                String derivativeFormula, Kernel derivative) {
            forms.put(choiceValue, new Form(formula, kernel));
            derivatives.put(choiceValue, new Form(derivativeFormula, derivative));
            return this;
        }

        /** Conventions of the function: limits, special values, what PyTorch does. */
        public Builder note(String text) {
            this.note = text;
            return this;
        }

        /** Conventions of the derivative, such as its value at a kink. */
        public Builder derivativeNote(String text) {
            this.derivativeNote = text;
            return this;
        }

        public Builder example(String call, String result) {
            examples.add(new Example(call, result));
            return this;
        }

        public Builder derivativeExample(String call, String result) {
            derivativeExamples.add(new Example(call, result));
            return this;
        }

        public Activation build() {
            String gradName = name + "_grad";
            if (choice != null && !forms.keySet().equals(new java.util.HashSet<>(choice.values()))) {
                throw new IllegalStateException(name + ": forms " + forms.keySet() + " != choice " + choice.values());
            }
            SqlFunction function = new SqlFunction(name, description, parameters, choice, forms, note,
                    examples, gradName);
            SqlFunction derivative = new SqlFunction(gradName, "Derivative of " + name + " with respect to x.",
                    parameters, choice, derivatives, derivativeNote, derivativeExamples, name);
            return new Activation(function, derivative);
        }
    }
}
