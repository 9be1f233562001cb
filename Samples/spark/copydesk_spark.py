"""Run a Copydesk pipeline over JSON Lines with Spark: each partition is piped
through one `copydesk run PIPELINE --input - --output -` process.

    python3 copydesk_spark.py --dist copydesk-dist.tar.gz --pipeline Pipelines/news.yaml \
        --input 'hdfs:///corpora/news/*.jsonl.gz' --output hdfs:///out/news

`--dist` is an archive holding the static `copydesk` binary, its resource
folders beside it, and the pipeline files
(see README.md here); Spark unpacks it on every executor. Input lines are
documents in Copydesk's wire format; output is a folder of part files, one
document per line, in the order of each partition.
"""
import argparse
import os
import shlex
import sys

from pyspark import SparkConf, SparkContext, SparkFiles


def parse_arguments(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="JSON Lines: a file, folder or glob, local or any Hadoop path (.gz read by Hadoop)")
    p.add_argument("--output", required=True, help="folder for the part files (must not exist)")
    p.add_argument("--dist", required=True, help="archive with copydesk, its resources and the pipeline (.tar.gz)")
    p.add_argument("--pipeline", required=True, help="the pipeline file, as a path inside the archive")
    p.add_argument("--home", help="where the archive is unpacked on the executors, if not where SparkFiles puts it "
                                  "(on YARN with --archives dist.tar.gz#copydesk: ./copydesk)")
    p.add_argument("--master", help="Spark master (default: spark-submit's)")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    p.add_argument("--partitions", type=int, help="at least this many partitions of the input")
    p.add_argument("--workers", type=int, default=1, help="threads of each copydesk process (default 1: one process per Spark core)")
    p.add_argument("--rejects", default="/dev/stderr", help="where each process writes its rejects (default: its stderr, in the executor log)")
    p.add_argument("--allow-rejects", action="store_true", help="finish the job even when documents are rejected")
    return p.parse_args(argv)


def copydesk_command(home, args):
    """The command line of one copydesk process (PySpark splits it with shlex)."""
    argv = [os.path.join(home, "copydesk"), "run", os.path.join(home, args.pipeline),
            "--input", "-", "--output", "-", "--workers", str(args.workers),
            "--rejects", args.rejects, "--quiet"]
    if args.allow_rejects:
        argv.append("--allow-rejects")
    return shlex.join(argv)


def main(argv=None):
    args = parse_arguments(argv if argv is not None else sys.argv[1:])
    conf = SparkConf().setAppName("copydesk")
    if args.master:
        conf = conf.setMaster(args.master)
    for setting in args.conf:
        key, _, value = setting.partition("=")
        conf = conf.set(key, value)
    sc = SparkContext(conf=conf)
    try:
        sc.addArchive(args.dist)
        home = args.home or SparkFiles.get(os.path.basename(args.dist))
        lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
        # pipe() starts the command with an empty environment unless given one,
        # and ignores its exit status unless checkCode: copydesk exits 1 on a
        # failed run and 3 on rejects (0 with --allow-rejects), failing the task.
        env = {"LANG": "C.UTF-8"}
        documents = lines.pipe(copydesk_command(home, args), env=env, checkCode=True)
        documents.saveAsTextFile(args.output)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
