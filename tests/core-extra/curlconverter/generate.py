#!/usr/bin/env python3
"""Builds expected.json from curlconverter's fixtures: each Python fixture is run with `requests`
patched so that the prepared request is recorded instead of sent; the j_* ones come from the JSON
fixtures and a few from the raw HTTP fixtures. Usage: generate.py <curlconverter checkout> <out dir>"""
import json, os, re, sys, shutil, requests

src, out = sys.argv[1], sys.argv[2]
fx = os.path.join(src, 'test', 'fixtures')
captured = []

def fake_send(self, request, **kwargs):
    captured.append(request)
    response = requests.Response()
    response.status_code = 200
    response.request = request
    response._content = b''
    return response

requests.Session.send = fake_send
# Only what the command asks for: no python-requests default headers.
requests.sessions.default_headers = lambda: requests.structures.CaseInsensitiveDict()

def from_python(path):
    text = open(path, encoding='utf-8').read()
    # curlconverter comments out headers requests cannot honour (Accept-Encoding); curl sends them.
    text = re.sub(r"^(\s*)# ('[^']+': )", r"\1\2", text, flags=re.M)
    # Files a fixture reads are made in files/ with known content; the test reads the same ones.
    for _ in range(10):
        captured.clear()
        cwd = os.getcwd()
        os.chdir(files)
        try:
            exec(compile(text, path, 'exec'), {'__name__': '__main__'})
            break
        except SystemExit:
            break
        except FileNotFoundError as e:
            if '\n' in e.filename:  # a file named by a shell command's output
                return {'skip': 'python fixture reads a file named by a command'}
            if os.path.isabs(e.filename):  # never made outside files/
                return {'skip': 'python fixture reads the absolute path %s' % e.filename}
            target = os.path.join(files, e.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, 'w') as f:
                f.write('contents of %s\n' % e.filename)
        except Exception as e:  # a fixture that reads the environment or standard input
            return {'skip': 'python fixture needs %s' % type(e).__name__}
        finally:
            os.chdir(cwd)
    if not captured:
        return {'skip': 'python fixture sends nothing'}
    reqs = []
    for p in captured:
        body = p.body
        if isinstance(body, str):
            body = body.encode('utf-8')
        hdrs = [[k, v] for k, v in p.headers.items() if k.lower() != 'content-length']
        reqs.append({'method': p.method, 'url': p.url, 'headers': hdrs,
                     'body': None if body is None else body.decode('latin-1')})
    return {'source': 'python', 'requests': reqs}

def from_json(path):
    d = json.load(open(path, encoding='utf-8'))
    if 'files' in d or not isinstance(d.get('data', ''), (str, dict)):
        return {'skip': 'JSON fixture with files'}
    p = requests.Request(d['method'].upper(), d['raw_url'], headers=d.get('headers'),
                         data=d.get('data'), cookies=d.get('cookies')).prepare()
    body = p.body.decode('latin-1') if isinstance(p.body, bytes) else p.body
    return {'source': 'json', 'requests': [{'method': p.method, 'url': p.url, 'body': body,
            'headers': [[k, v] for k, v in p.headers.items() if k.lower() != 'content-length']}]}

def from_http(path):
    raw = open(path, encoding='utf-8').read()
    head, _, body = raw.partition('\n\n')
    lines = head.split('\n')
    method, target, _ = lines[0].split(' ', 2)
    hdrs = [l.split(': ', 1) for l in lines[1:] if l]
    host = next(v for k, v in hdrs if k.lower() == 'host')
    # curl's own User-Agent is left out: the parser does not add it.
    hdrs = [[k, v] for k, v in hdrs if k.lower() not in ('host', 'content-length')
            and not (k.lower() == 'user-agent' and v.startswith('curl/'))]
    return {'source': 'http', 'requests': [{'method': method, 'url': 'http://' + host + target,
            'headers': hdrs, 'body': body.rstrip('\n') or None}]}

expected = {}
files = os.path.abspath(os.path.join(out, 'files'))
os.makedirs(files, exist_ok=True)
cmds = sorted(f[:-3] for f in os.listdir(os.path.join(fx, 'curl_commands')) if f.endswith('.sh'))
os.makedirs(os.path.join(out, 'commands'), exist_ok=True)
for name in cmds:
    shutil.copy(os.path.join(fx, 'curl_commands', name + '.sh'), os.path.join(out, 'commands'))
    py = os.path.join(fx, 'python', name + '.py')
    http = os.path.join(fx, 'http', name + '.txt')
    if os.path.exists(py):
        expected[name] = from_python(py)
    elif os.path.exists(os.path.join(fx, 'json', name + '.json')) and ' -F ' not in open(
            os.path.join(fx, 'curl_commands', name + '.sh')).read():
        # (curlconverter's JSON output flattens -F fields into "data": not what curl sends)
        expected[name] = from_json(os.path.join(fx, 'json', name + '.json'))
    elif os.path.exists(http):
        expected[name] = from_http(http)
    else:
        expected[name] = {'skip': 'no Python or HTTP fixture'}
shutil.copy(os.path.join(src, 'LICENSE'), os.path.join(out, 'LICENSE'))
with open(os.path.join(out, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write('\n')
print(sum(1 for v in expected.values() if 'requests' in v), 'of', len(expected), 'with an expected request')
