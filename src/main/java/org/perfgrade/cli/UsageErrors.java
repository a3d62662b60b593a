package org.perfgrade.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Says in Chinese what was wrong with a command line; picocli's own English text follows for the details. */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return "不认识的参数 " + String.join(" ", unmatched.getUnmatched()) + "（" + ex.getMessage() + "）";
        }
        if (ex instanceof MissingParameterException missing) {
            return "缺少必需的参数 " + missing.getMissing().stream().map(UsageErrors::name)
                    .reduce((a, b) -> a + "、" + b).orElse("") + "（" + ex.getMessage() + "）";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null) {
            return "参数 " + name(arg) + " 的值无效（" + ex.getMessage() + "）";
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
