import ts from 'typescript';

/**
 * The only tsc settings that keep `@api`, `@track` and `@wire` as source decorators, which the
 * platform's LWC compiler requires: standard decorators (`experimentalDecorators: false`), no
 * down-levelling (`target: ESNext`) and define semantics for class fields. Any other
 * combination emits `__decorate` / `__esDecorate` helpers that `@lwc/compiler` refuses.
 */
export const LWC_COMPILER_OPTIONS: ts.CompilerOptions = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    experimentalDecorators: false,
    useDefineForClassFields: true,
    isolatedModules: true,
    verbatimModuleSyntax: false,
    removeComments: false,
    sourceMap: false,
};

/** Transpiles one TypeScript file of a component to the JavaScript the platform compiles. */
export function transpileComponentModule(
    source: string,
    fileName: string,
    options: ts.CompilerOptions = LWC_COMPILER_OPTIONS,
): string {
    const output = ts.transpileModule(source, {
        compilerOptions: options,
        fileName,
        reportDiagnostics: true,
    });
    const errors = (output.diagnostics ?? []).filter(
        (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
    );
    if (errors.length > 0) {
        const text = errors
            .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
            .join('\n');
        throw new Error(`${fileName}: ${text}`);
    }
    return output.outputText;
}
