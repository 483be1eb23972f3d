"""Compile a copy of the source tree with Cython or mypyc, for `ab.py` to time against the pure one.

    python -m venv /tmp/cbuild && /tmp/cbuild/bin/pip install 'cython>=3' mypy 'setuptools>=68'
    python benchmarks/compile_trial.py cython /tmp/cy --python /tmp/cbuild/bin/python
    python benchmarks/compile_trial.py mypyc /tmp/my --python /tmp/cbuild/bin/python factcheck/tokens.py
    git archive HEAD | tar -x -C /tmp/pure     # the pure tree, same commit
    python benchmarks/ab.py /tmp/pure /tmp/cy --rounds 3 -- benchmarks/throughput.py \
        /work/shared/eval/data/polnear/dev/text --repeat 3
The copy is `git archive COMMIT` of this checkout; the modules (default: every analysis module,
i.e. all of factcheck/ but the package's __init__, __main__, cli/ and store/) are compiled
unchanged, in place, so that `PYTHONPATH=OUT` imports the extensions. Cython compiles with
`annotation_typing=False` (a hint stays a hint: `x: float` would otherwise be a C double and
change output); mypyc needs the hints to type-check and checks them at run time. The build's
CPU seconds (compiler processes included) are printed: what `pip install` would add to CI.
Nothing here is a dependency of factcheck; the build Python needs Cython or mypy.
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import subprocess
import sys
import time

_CYTHON_SETUP = """
import sys
from setuptools import setup
from Cython.Build import cythonize
mods = sys.argv[1:]
directives = {{"language_level": 3, "annotation_typing": False, "binding": {binding}}}
setup(name="trial", ext_modules=cythonize(mods, compiler_directives=directives, quiet=True),
      script_args=["build_ext", "--inplace", "-j", "2"])
"""


def default_modules(root: str) -> list[str]:
    skip = ("factcheck/__init__.py", "factcheck/__main__.py")
    found = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "factcheck/**/*.py"), recursive=True))
    return [p for p in found if p not in skip and not p.startswith(("factcheck/cli/", "factcheck/store/"))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("compiler", choices=("cython", "mypyc"))
    ap.add_argument("out", help="a new directory for the compiled copy")
    ap.add_argument("modules", nargs="*", help="paths like factcheck/tokens.py (default: every analysis module)")
    ap.add_argument("--python", default=sys.executable, help="a Python with Cython or mypy installed")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--no-binding", action="store_true", help="Cython: binding=False (plain C functions)")
    args = ap.parse_intermixed_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        raise SystemExit(f"{args.out} is not empty")
    os.makedirs(args.out, exist_ok=True)
    archive = subprocess.run(["git", "archive", args.commit], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", args.out], input=archive, check=True)
    mods = args.modules or default_modules(args.out)
    if args.compiler == "cython":
        cmd = [args.python, "-c", _CYTHON_SETUP.format(binding=not args.no_binding), *mods]
    else:
        cmd = [args.python, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent", *mods]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=args.out, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"{args.compiler} failed (exit {done.returncode})")
    built = glob.glob(os.path.join(args.out, "factcheck", "**", "*.so"), recursive=True)
    print(f"{args.compiler}: {len(mods)} modules, {len(built)} extension files in {args.out}; "
          f"build {used.ru_utime + used.ru_stime:.1f} s CPU, {wall:.1f} s wall, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
