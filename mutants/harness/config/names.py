"""How cells and verdicts are named: ids, keys, file stems. Made here and nowhere else."""

from __future__ import annotations

from dataclasses import dataclass


def config_label(config: str, context: str = "", sep: str = "@") -> str:
    """A config as run in a context: `no-xla-translate@jit-compile` (names never hold '@')."""
    return f"{config}{sep}{context}" if context else config


def cell_id(environment: str, target: str, scenario: str, config: str, context: str = "") -> str:
    """`env/target/scenario/config[@context]`: how results, logs, JUnit and HTML name a cell."""
    return f"{environment}/{target}/{scenario}/{config_label(config, context)}"


def verdict_key(
    environment: str, scenario: str, target: str, config: str, context: str = ""
) -> str:
    """`env / scenario / target / config[ @ context]`: how expected.toml, drift and history
    name a verdict."""
    return f"{environment} / {scenario} / {target} / {config_label(config, context, ' @ ')}"


@dataclass(frozen=True, order=True)
class Cell:
    """Environment x target x scenario x config (in a context): one child process."""

    environment: str
    target: str
    scenario: str
    config: str
    context: str = ""  # a context probe applied on top of the config; "" is the default context

    @property
    def id(self) -> str:
        return cell_id(self.environment, self.target, self.scenario, self.config, self.context)

    @property
    def filename(self) -> str:
        """File stem inside the environment's folder (names never contain '/')."""
        return f"{self.target}.{self.scenario}.{config_label(self.config, self.context)}"

    @property
    def label(self) -> str:
        """The config as a reader sees it: `no-xla-translate @ jit-compile`."""
        return config_label(self.config, self.context, " @ ")
