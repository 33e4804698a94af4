package io.github.sparkactivations.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog entry: an activation and its derivative, which become the SQL functions {@code name} and
 * {@code name_grad}, sharing parameters and choice. An entry may lack a derivative (a derivative with
 * respect to a parameter is its own entry), or describe a function Spark already has, whose
 * derivative alone is added. {@code pytorch} is PyTorch's equivalent call, or empty where PyTorch has none.
 */
public record Activation(SqlFunction function, Optional<SqlFunction> derivative, boolean builtIn, String pytorch) {

    /** Starts an entry for the SQL function {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The SQL functions this entry adds to Spark. */
    public List<SqlFunction> sqlFunctions() {
        List<SqlFunction> out = new ArrayList<>();
        if (!builtIn) {
            out.add(function);
        }
        derivative.ifPresent(out::add);
        return out;
    }

    /** Fluent description of one entry; see {@link Catalog} for how entries read. */
    public static final class Builder {
        private final String name;
        private String description;
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<Order> orders = new ArrayList<>();
        private Choice choice;
        private final Map<String, Form> forms = new LinkedHashMap<>();
        private final Map<String, Form> derivatives = new LinkedHashMap<>();
        private String note = "";
        private String derivativeNote = "";
        private final List<Example> examples = new ArrayList<>();
        private final List<Example> derivativeExamples = new ArrayList<>();
        private boolean builtIn;
        private String pytorch = "";
        /** The choice value of the form added last, which {@link #simd} applies to. */
        private String lastForm;

        private Builder(String name) {
            this.name = name;
        }

        public Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        /** An optional numeric parameter. */
        public Builder parameter(String paramName, double defaultValue, Range range, String meaning) {
            parameters.add(new Parameter(paramName, false, defaultValue, range, meaning));
            return this;
        }

        /** A numeric parameter every call must give; required ones come before optional ones. */
        public Builder requiredParameter(String paramName, Range range, String meaning) {
            parameters.add(new Parameter(paramName, true, Double.NaN, range, meaning));
            return this;
        }

        /** Requires {@code lower <= upper} of two parameters. */
        public Builder ordered(String lower, String upper) {
            orders.add(new Order(lower, upper));
            return this;
        }

        /** A literal string parameter; {@code values[0]} is its default. Add one {@link #form} per value. */
        public Builder choice(String choiceName, String meaning, String... values) {
            this.choice = new Choice(choiceName, List.of(values), meaning, false);
            return this;
        }

        /** A literal boolean parameter, false by default. Add forms for "false" and "true". */
        public Builder flag(String flagName, String meaning) {
            this.choice = new Choice(flagName, List.of("false", "true"), meaning, true);
            return this;
        }

        /** The only form of a function without a choice, and its derivative: {@code f(x)}. */
        public Builder formula(String formula, Kernel.Unary kernel, String derivativeFormula, Kernel.Unary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative, false);
        }

        /** As {@link #formula(String, Kernel.Unary, String, Kernel.Unary)}, for {@code f(x, a)}. */
        public Builder formula(String formula, Kernel.Binary kernel, String derivativeFormula, Kernel.Binary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative, false);
        }

        /** As {@link #formula(String, Kernel.Unary, String, Kernel.Unary)}, for {@code f(x, a, b)}. */
        public Builder formula(String formula, Kernel.Ternary kernel, String derivativeFormula,
                               Kernel.Ternary derivative) {
            return addForm("", formula, kernel, derivativeFormula, derivative, false);
        }

        /** A function without a derivative of its own: {@code f(x)}. */
        public Builder formulaOnly(String formula, Kernel.Unary kernel) {
            forms.put("", new Form(formula, kernel, false, null));
            lastForm = "";
            return this;
        }

        /** The form selected by {@code choiceValue}, and its derivative: {@code f(x)}. */
        public Builder form(String choiceValue, String formula, Kernel.Unary kernel,
                            String derivativeFormula, Kernel.Unary derivative) {
            return addForm(choiceValue, formula, kernel, derivativeFormula, derivative, false);
        }

        /** As {@link #form(String, String, Kernel.Unary, String, Kernel.Unary)}, for {@code f(x, a, b)}. */
        public Builder form(String choiceValue, String formula, Kernel.Ternary kernel,
                            String derivativeFormula, Kernel.Ternary derivative) {
            return addForm(choiceValue, formula, kernel, derivativeFormula, derivative, false);
        }

        /** A form whose kernel {@code f(x, a, b, u)} also takes a uniform draw u from [0, 1). */
        public Builder randomForm(String choiceValue, String formula, Kernel.Quaternary kernel,
                                  String derivativeFormula, Kernel.Quaternary derivative) {
            return addForm(choiceValue, formula, kernel, derivativeFormula, derivative, true);
        }

        private Builder addForm(String choiceValue, String formula, Kernel kernel,
                                String derivativeFormula, Kernel derivative, boolean random) {
            forms.put(choiceValue, new Form(formula, kernel, random, null));
            derivatives.put(choiceValue, new Form(derivativeFormula, derivative, random, null));
            lastForm = choiceValue;
            return this;
        }

        /**
         * The SIMD loops of the form added last and of its derivative; {@code null} for one that has none. Each is
         * held to its scalar kernel's accuracy bound (tested).
         */
        public Builder simd(SimdForm function, SimdForm derivative) {
            if (function != null) {
                forms.put(lastForm, forms.get(lastForm).withSimd(function));
            }
            if (derivative != null) {
                derivatives.put(lastForm, derivatives.get(lastForm).withSimd(derivative));
            }
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

        /** PyTorch's equivalent call, such as {@code torch.nn.functional.gelu(x, approximate)}. */
        public Builder pytorch(String call) {
            this.pytorch = call;
            return this;
        }

        /** Spark already has this function: only its derivative is added. */
        public Builder builtIn() {
            this.builtIn = true;
            return this;
        }

        public Activation build() {
            if (choice != null && !forms.keySet().equals(new HashSet<>(choice.values()))) {
                throw new IllegalStateException(name + ": forms " + forms.keySet() + " != choice " + choice.values());
            }
            String gradName = name + "_grad";
            boolean hasDerivative = !derivatives.isEmpty();
            SqlFunction function = new SqlFunction(name, description, parameters, orders, choice, forms, note,
                    examples, hasDerivative ? gradName : "");
            Optional<SqlFunction> derivative = hasDerivative
                    ? Optional.of(new SqlFunction(gradName, "Derivative of " + name + " with respect to x.",
                    parameters, orders, choice, derivatives, derivativeNote, derivativeExamples, name))
                    : Optional.empty();
            return new Activation(function, derivative, builtIn, pytorch);
        }
    }
}
