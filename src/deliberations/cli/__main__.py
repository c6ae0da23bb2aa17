"""``python -m deliberations.cli``."""

import sys

from deliberations.cli import main

sys.exit(main())
