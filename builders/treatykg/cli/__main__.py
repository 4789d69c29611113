"""``python -m treatykg.cli``: the same as the ``treatykg`` command."""

import sys

from treatykg.cli.main import main

sys.exit(main())
